using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Samples that once broke the analyser, each kept as a named test.</summary>
public sealed class RegressionTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    private BounceReport Sample(string name) =>
        _analyzer.Analyze(File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", name)));

    // This tests rhost-aol-03.eml: two recipient groups with no blank line between them lost the second recipient.
    [Fact]
    public void Analyze_AolDsnWithoutBlankLineBetweenGroups_ReadsBothRecipients()
    {
        var report = Sample("rhost-aol-03.eml");

        Assert.Equal(["sabineko@example.jp", "mikeneko@example.jp"], report.Recipients.Select(r => r.Recipient));
        Assert.Equal(["mailboxfull", "userunknown"], report.Recipients.Select(r => r.Reason));
    }

    // This tests lhost-messagingserver-03.eml: a boundary that never matches leaves the report in the preamble.
    [Fact]
    public void Analyze_MessagingServerBrokenBoundary_ReadsPreamble()
    {
        var report = Sample("lhost-messagingserver-03.eml");

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(["sabineko@example.org", "mikeneko@example.org"], report.Recipients.Select(r => r.Recipient));
    }

    // This tests lhost-postfix-28.eml: Gmail's "550-5.7.1" on every wrapped line split "multiple addresses in From:".
    [Fact]
    public void Analyze_GmailWrappedMultiLineReply_MatchesPhraseAcrossPrefixes()
    {
        Assert.Equal("notcompliantrfc", Assert.Single(Sample("lhost-postfix-28.eml").Recipients).Reason);
    }

    // This tests lhost-sendmail-03.eml: the transcript's later ">>> DATA" was taken for the refused command.
    [Fact]
    public void Analyze_SendmailTranscriptRcptRefused_IsUserUnknown()
    {
        Assert.Equal("userunknown", Sample("lhost-sendmail-03.eml").Recipients[0].Reason);
    }

    // This tests lhost-x3-06.eml: "Status: 5.1.1" with "552 5.2.2 Over quota"; rule: a same-class code in the remote's words wins.
    [Fact]
    public void Analyze_StatusFieldContradictedBySameClassCode_TakesTheRemoteCode()
    {
        var recipient = Assert.Single(Sample("lhost-x3-06.eml").Recipients);

        Assert.Equal(("5.2.2", "mailboxfull"), (recipient.Status, recipient.Reason));
    }

    // This tests rhost-franceptt-10.eml: "Status: 4.5.0" with "550 5.5.0"; rule: the reply code settles a class conflict.
    [Fact]
    public void Analyze_StatusClassContradictedByReply_TakesTheReplyClass()
    {
        Assert.Equal("5.5.0", Sample("rhost-franceptt-10.eml").Recipients[0].Status);
    }

    // This tests lhost-amazonworkmail-05.eml: "554 4.4.7 ... <421 4.4.2 Connection timed out>"; rule: the last
    // failing reply/status pair (the nested one) is the remote's answer.
    [Fact]
    public void Analyze_NestedReplyInDiagnostic_TakesTheInnerPair()
    {
        var recipient = Assert.Single(Sample("lhost-amazonworkmail-05.eml").Recipients);

        Assert.Equal(("4.4.2", "421", "expired"), (recipient.Status, recipient.ReplyCode, recipient.Reason));
    }

    // This tests lhost-postfix-75.eml: a Postfix "Out:/In:" transcript opens with 250 replies; rule: skip 2xx pairs
    // for the failing one (451 4.3.0).
    [Fact]
    public void Analyze_PostfixSessionTranscript_TakesTheFailingReply()
    {
        var recipient = Assert.Single(Sample("lhost-postfix-75.eml").Recipients);

        Assert.Equal(("4.3.0", "451"), (recipient.Status, recipient.ReplyCode));
    }

    // This tests lhost-v5sendmail-05.eml: "554 <x>... 550 Host unknown"; rule: Sendmail's nested reply is the remote's.
    [Fact]
    public void Analyze_SendmailNestedReply_TakesTheInnerReply()
    {
        var recipient = Sample("lhost-v5sendmail-05.eml").Recipients[1];

        Assert.Equal(("550", "hostunknown"), (recipient.ReplyCode, recipient.Reason));
    }

    // This tests lhost-postfix-38.eml: "Status: 4.0.0" with "554 Blocked"; rule: a reply contradicting the status class is dropped.
    [Fact]
    public void Analyze_ReplyContradictingStatusClass_IsDropped()
    {
        var recipient = Assert.Single(Sample("lhost-postfix-38.eml").Recipients);

        Assert.Equal(("4.0.0", null), (recipient.Status, recipient.ReplyCode));
    }

    // This tests lhost-postfix-34.eml: "Host not found, try again" in a final bounce; rule: a DNS lookup that failed
    // for now is networkerror, and "try again" alone does not make a final bounce transient.
    [Fact]
    public void Analyze_PostfixHostNotFoundTryAgain_IsPermanentNetworkError()
    {
        var recipient = Assert.Single(Sample("lhost-postfix-34.eml").Recipients);

        Assert.Equal(('5', "networkerror"), (recipient.Status![0], recipient.Reason));
    }

    // This tests rfc3464-36.eml: "426 connection timed out"; rules: 426 is no SMTP reply, and a timeout is expired.
    [Fact]
    public void Analyze_ConnectionTimedOut_IsExpiredWithoutReply()
    {
        var recipient = Assert.Single(Sample("rfc3464-36.eml").Recipients);

        Assert.Equal((null, "expired"), (recipient.ReplyCode, recipient.Reason));
    }

    // This tests lhost-sendmail-34.eml: Diagnostic-Code keeps only "This message was blocked because its content
    // presents a potential"; rule: the transcript's whole "<<<" refusal is read too (policyviolation).
    [Fact]
    public void Analyze_SendmailTruncatedDiagnostic_ReadsWholeTranscriptReply()
    {
        Assert.Equal("policyviolation", Assert.Single(Sample("lhost-sendmail-34.eml").Recipients).Reason);
    }

    // This tests lhost-messagingserver-03.eml: "550 5.7.1 550 User Unknown" with no RCPT named; rule: unknown-user
    // words under a policy-class code are a filter's refusal.
    [Fact]
    public void Analyze_UserUnknownUnderPolicyCode_IsFiltered()
    {
        Assert.All(Sample("lhost-messagingserver-03.eml").Recipients, r => Assert.Equal("filtered", r.Reason));
    }

    // This tests lhost-qmail-04.eml: "Connected to ... but my name was rejected" then qmail's queue boilerplate;
    // rule: a refusal at HELO is blocked, whatever else the text says.
    [Fact]
    public void Analyze_QmailNameRejected_IsBlocked()
    {
        Assert.Equal("blocked", Assert.Single(Sample("lhost-qmail-04.eml").Recipients).Reason);
    }

    // This tests rfc3464-34.eml: "Status: 4.4.1" with "No route to host"; rule: X.4.x network codes defer to the words.
    [Fact]
    public void Analyze_NoRouteToHost_IsNetworkError()
    {
        Assert.Equal("networkerror", Assert.Single(Sample("rfc3464-34.eml").Recipients).Reason);
    }

    // This tests rhost-mimecast-01.eml: Mimecast's "554 Host network not allowed"; rule: Mimecast's documented
    // policy refusals are policyviolation.
    [Fact]
    public void Analyze_MimecastHostNetworkNotAllowed_IsPolicyViolation()
    {
        Assert.Equal("policyviolation", Assert.Single(Sample("rhost-mimecast-01.eml").Recipients).Reason);
    }
}
