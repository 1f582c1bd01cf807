using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Samples that once broke the analyser, each kept as a named test.</summary>
public sealed class RegressionTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    private BounceReport Sample(string name) =>
        _analyzer.Analyze(File.ReadAllBytes(SharedData.PathOf("data", "bounces", "maildir", "bsd", name)));

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
}
