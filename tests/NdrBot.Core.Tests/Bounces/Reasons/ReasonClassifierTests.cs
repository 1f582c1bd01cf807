using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Tests.Bounces.Reasons;

/// <summary>Phrase rules checked on made-up diagnostics, one per rule, so a rule's intent is visible apart from the corpus.</summary>
public sealed class ReasonClassifierTests
{
    private static string Classify(string diagnostic, string? status = null, string? command = null, string context = "") =>
        new ReasonClassifier(ReasonKnowledge.Default).Classify(new RecipientEvidence { Diagnostic = diagnostic, Status = status, Command = command, Context = context });

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

    // An address or acceptance code (X.1.0, X.3.2) says less than a reply that names a connection limit or an
    // SPF failure: the words decide, as they do for a full mailbox under X.1.1.
    [Theory]
    [InlineData("452 4.3.2 Connection rate limit exceeded.", "4.3.2", "toomanyconn")]
    [InlineData("550 5.1.0 192.0.2.1 is not allowed to send from <example.net> per its SPF Record", "5.1.0", "authfailure")]
    public void Classify_LimitOrAuthenticationWordsUnderAnAddressCode_TheWordsDecide(string diagnostic, string status, string reason)
    {
        Assert.Equal(reason, Classify(diagnostic, status, "RCPT"));
    }

    // DragonFly Mail Agent (net.c) when the recipient's domain has no MX and no address.
    [Fact]
    public void Classify_DmaHostNotFound_IsHostUnknown()
    {
        Assert.Equal("hostunknown", Classify("DNS lookup failure: host cx.example.org not found"));
    }

    // Gmail's reference lists "550 5.2.1 The email account that you tried to reach is inactive" (help link DisabledUser).
    [Fact]
    public void Classify_GmailInactiveAccountUnderX21_IsSuspend()
    {
        Assert.Equal("suspend", Classify("550-5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser", "5.2.1", "RCPT"));
    }

    // Exim's dnslookup router for a domain whose MX says it takes no mail (RFC 7505 null MX).
    [Fact]
    public void Classify_EximNoSmtpService_IsNotAccept()
    {
        Assert.Equal("notaccept", Classify("an MX or SRV record indicated no SMTP service"));
    }

    // Cox's error-code page: AUP#CDRBL is the sending IP blocked for spam-like behaviour, whatever the words say.
    [Fact]
    public void Classify_CoxIpBlockCode_IsBlocked()
    {
        Assert.Equal("blocked", Classify("550 5.1.0 <news@sender.example> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL", "5.1.0", "MAIL"));
    }

    // "Temporary failure" says only that the failure is temporary (Postfix writes it for any deferred lookup):
    // nothing more can be told, which is onhold, not a system error.
    [Fact]
    public void Classify_BareTemporaryFailure_IsOnHold()
    {
        Assert.Equal("onhold", Classify("450 4.0.0 Temporary failure", "4.0.0", "RCPT"));
    }

    // An unroutable *sender* is the sender refused (rejected), not the recipient's domain unknown.
    [Fact]
    public void Classify_UnroutableSenderAddress_IsRejected()
    {
        Assert.Equal("rejected", Classify("550 Unroutable sender address", command: "MAIL"));
    }

    // RFC 5321 4.5.3.1.10: a server out of room for recipients answers "too many recipients" (452; 552 in RFC 821).
    [Fact]
    public void Classify_TooManyRecipients_IsTooManyConn()
    {
        Assert.Equal("toomanyconn", Classify("552 Too many recipients", command: "RCPT"));
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

    // RFC 5321 gives 500-504 to commands the server could not parse or take in that order (Sisimai's syntaxerror);
    // the reply decides only when nothing else in the report does.
    [Theory]
    [InlineData("503", "syntaxerror")]
    [InlineData("556", "notaccept")]
    public void Classify_OnlyAReplyCode_NamesTheReasonTheRfcGivesIt(string reply, string reason)
    {
        var decision = new ReasonClassifier(ReasonKnowledge.Default).Decide(new RecipientEvidence { Diagnostic = reply + " nothing to see", ReplyCode = reply });

        Assert.Equal(reason, decision.Reason);
    }

    // A 501 at HELO is a refusal of the client (qmail's "my name was rejected"), not a syntax error of ours.
    [Fact]
    public void Classify_ReplyCodeAfterHelo_TheCommandDecidesFirst()
    {
        Assert.Equal("blocked", new ReasonClassifier(ReasonKnowledge.Default).Classify(new RecipientEvidence { Diagnostic = "501 5.0.0 Invalid domain name", ReplyCode = "501", Command = "HELO" }));
    }

    // Postfix rejects a null-MX domain with 5.1.0 and "does not accept mail (nullMX)" (src/dns/dns_lookup.c).
    [Fact]
    public void Classify_NullMxWordsUnderAnAddressCode_IsNotAccept()
    {
        Assert.Equal("notaccept", Classify("Domain example.com does not accept mail (nullMX)", "5.1.0"));
    }

    // The bare "Recipient address rejected" only speaks when the code says nothing: 5.3.0 is a system error.
    [Fact]
    public void Classify_WeakRuleBesideACodeThatNamesAReason_TheCodeWins()
    {
        Assert.Equal("systemerror", Classify("554 5.3.0 <a@b.example>: Recipient address rejected: try later", "5.3.0", "RCPT"));
        Assert.Equal("userunknown", Classify("554 <a@b.example>: Recipient address rejected: try later", null, "RCPT"));
    }
}
