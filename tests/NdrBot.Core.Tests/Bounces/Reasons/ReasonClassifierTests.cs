using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Tests.Bounces.Reasons;

/// <summary>Phrase rules checked on made-up diagnostics, one per rule, so a rule's intent is visible apart from the corpus.</summary>
public sealed class ReasonClassifierTests
{
    private static string Classify(string diagnostic, string? status = null, string? command = null, string context = "") =>
        ReasonClassifier.Classify(new RecipientEvidence { Diagnostic = diagnostic, Status = status, Command = command, Context = context });

    // Postfix's cleanup daemon reports a local disk or queue fault as "queue file write error".
    [Fact]
    public void Classify_QueueFileWriteError_IsSystemError()
    {
        Assert.Equal("systemerror", Classify("451 4.3.0 Error: queue file write error", "4.3.0", "DATA", "In:  MAIL FROM:<a@b.example>"));
    }

    // Gmail's wording once it stops trying to connect to a recipient server.
    [Fact]
    public void Classify_RecipientServerRefusedConnections_IsExpired()
    {
        Assert.Equal("expired", Classify("The recipient server did not accept our requests to connect. [mx.example.net 192.0.2.1: socket error]"));
    }

    // Suspended or inactive mailboxes, worded as several providers word them.
    [Theory]
    [InlineData("550 5.2.1 Mailbox currently suspended - please contact the recipient another way")]
    [InlineData("550 Recipient rejected: temporarily inactive")]
    [InlineData("554 delivery error: this user or domain is disabled")]
    [InlineData("550 Invalid/inactive mailbox")]
    [InlineData("550 This account has been temporarily suspended")]
    public void Classify_SuspendedMailbox_IsSuspend(string diagnostic)
    {
        Assert.Equal("suspend", Classify(diagnostic, command: "RCPT"));
    }

    [Fact]
    public void Classify_MailboxSizeExceeded_IsMailboxFull()
    {
        Assert.Equal("mailboxfull", Classify("552 Requested mail action aborted: mailbox size exceeded", command: "RCPT"));
    }

    // Phrase families that several mail systems use for the same failure.
    [Theory]
    [InlineData("Message was not reachable within the allowed queue period", "expired")]
    [InlineData("Unable to deliver message after multiple retries, giving the message back", "expired")]
    [InlineData("421 Trop de connexions, veuillez reessayer plus tard", "toomanyconn")]
    [InlineData("550 Insecure mail relay", "norelaying")]
    [InlineData("550 We don't handle mail for example.net", "norelaying")]
    [InlineData("550 Relaying mail to example.net is not allowed", "norelaying")]
    [InlineData("553 Recipient domain must exist", "hostunknown")]
    [InlineData("550 Domain mentioned in email address is unknown", "hostunknown")]
    [InlineData("552 Message file too big", "mesgtoobig")]
    [InlineData("552 Taille limite du message atteinte", "mesgtoobig")]
    public void Classify_CommonPhrase_GivesItsReason(string diagnostic, string reason)
    {
        Assert.Equal(reason, Classify(diagnostic));
    }

    // Sendmail prints one transcript after the last recipient of a session; the first recipient's Diagnostic-Code
    // keeps only the reply's first line, so it must read the shared transcript too.
    [Fact]
    public void AnalyzeText_SendmailTranscriptAfterLastRecipient_AppliesToEveryRecipient()
    {
        const string Text = """
               ----- The following addresses had permanent fatal errors -----
            <ann@example.net>
                (reason: 550-5.7.1 Your message was refused because of a potential)
            <ben@example.net>
                (reason: 550-5.7.1 Your message was refused because of a potential)
               ----- Transcript of session follows -----
            ... while talking to mx.example.net.:
            >>> DATA
            <<< 550-5.7.1 Your message was refused because of a potential
            <<< 550 5.7.1 security issue in an attachment.
            554 5.0.0 Service unavailable

            Reporting-MTA: dns; out.example.org

            Final-Recipient: RFC822; ann@example.net
            Action: failed
            Status: 5.7.1
            Remote-MTA: DNS; mx.example.net
            Diagnostic-Code: SMTP; 550-5.7.1 Your message was refused because of a potential

            Final-Recipient: RFC822; ben@example.net
            Action: failed
            Status: 5.7.1
            Remote-MTA: DNS; mx.example.net
            Diagnostic-Code: SMTP; 550-5.7.1 Your message was refused because of a potential
            """;

        var report = new BounceAnalyzer(TestCatalogue.Create()).AnalyzeText(Text);

        Assert.Equal(["policyviolation", "policyviolation"], report.Recipients.Select(r => r.Reason));
    }
}
