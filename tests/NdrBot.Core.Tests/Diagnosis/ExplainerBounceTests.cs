using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Tests.Bounces;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Diagnosis;

/// <summary>The explainer routes pasted bounces and messages to the analyser and questions to the recognizer.</summary>
public sealed class ExplainerBounceTests
{
    private readonly Explainer _explainer;

    public ExplainerBounceTests()
    {
        var catalogue = TestCatalogue.Create();
        _explainer = new Explainer(catalogue, new CodeRecognizer(catalogue.Checklists));
    }

    [Theory]
    [InlineData("5.4.6")]
    [InlineData("what is 550 5.1.1")]
    [InlineData("why was my mail rejected with 550 5.7.1?")]
    public void Explain_ChatQuestion_StaysQuestion(string question)
    {
        var explanation = _explainer.Explain(question);

        Assert.Equal(ExplanationKind.Question, explanation.Kind);
        Assert.All(explanation.Findings, f => Assert.Null(f.Recipient));
    }

    [Fact]
    public void Explain_PastedOutlookNdr_GivesRecipientFinding()
    {
        const string Paste = "Delivery has failed to these recipients or groups:\n\nann@example.com\n\n"
            + "Diagnostic information for administrators:\n\nGenerating server: ex.example.net\n\nann@example.com\n"
            + "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n";

        var explanation = _explainer.Explain(Paste);

        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        var finding = Assert.Single(explanation.Findings);
        Assert.Equal(("ann@example.com", "5.1.1", "550", "userunknown", true), (finding.Recipient, finding.Status, finding.ReplyCode, finding.Reason, finding.Permanent));
    }

    [Fact]
    public void Explain_EmlBytes_GivesFindingPerRecipient()
    {
        var bytes = File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", "lhost-opensmtpd-17.eml"));

        var explanation = _explainer.Explain(bytes);

        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        Assert.Equal(["userunknown", "mailboxfull"], explanation.Findings.Select(f => f.Reason));
    }

    [Fact]
    public void Explain_VacationReplyBytes_IsAutoReply()
    {
        var bytes = File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", "rfc3834-02.eml"));

        Assert.Equal(ExplanationKind.AutoReply, _explainer.Explain(bytes).Kind);
    }

    [Fact]
    public void Explain_NormalMailBytes_IsNotBounce()
    {
        var bytes = File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "not", "is-not-bounce-01.eml"));

        Assert.Equal(ExplanationKind.NotBounce, _explainer.Explain(bytes).Kind);
    }

    // The report gives a code-less reply X.0.0; the card explains the code its reason stands for.
    [Fact]
    public void Explain_ReplyWithoutEnhancedCode_KeepsX00AndExplainsTheReasonsCode()
    {
        const string Paste = "This is the mail system at host mail.example.org.\n\n<kim@example.jp>: host mx.example.jp[192.0.2.1] said: 550 User\n    not found (in reply to RCPT TO command)\n";

        var catalogue = Core.Catalogue.CodeCatalogue.Default;
        var finding = Assert.Single(new Explainer(catalogue, new CodeRecognizer(catalogue.Checklists)).Explain(Paste).Findings);

        Assert.Equal(("5.0.0", "userunknown", "5.1.1"), (finding.Status, finding.Reason, finding.Lookup.Entry.Code));
    }
}
