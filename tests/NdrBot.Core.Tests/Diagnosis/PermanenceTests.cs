using NdrBot.Core.Bounces;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Tests.Bounces;

namespace NdrBot.Core.Tests.Diagnosis;

/// <summary>
/// Issue 16 §4: class 4 is temporary and class 5 permanent (RFC 3463 §3.1), by example, on every path: a code asked
/// about, a pasted bounce, a DSN's Status field. (The fuzz invariant checks the same rule on random input.)
/// </summary>
public sealed class PermanenceTests
{
    private readonly Explainer _explainer;
    private readonly BounceAnalyzer _analyzer;

    public PermanenceTests()
    {
        var catalogue = TestCatalogue.Create();
        _explainer = new Explainer(catalogue, new CodeRecognizer(catalogue.Checklists));
        _analyzer = new BounceAnalyzer(catalogue);
    }

    [Theory]
    [InlineData("4.4.7", false)]
    [InlineData("what is 451 4.7.1?", false)]
    [InlineData("4.x.x", false)]
    [InlineData("5.1.1", true)]
    [InlineData("5.x.x", true)]
    public void Explain_CodeQuestion_PermanentOnlyForClassFive(string question, bool permanent)
    {
        var finding = Assert.Single(_explainer.Explain(question).Findings);

        Assert.Equal(permanent, finding.Permanent);
    }

    [Fact]
    public void AnalyzeText_PastedTemporaryFailure_IsNotPermanentNorHard()
    {
        var report = _analyzer.AnalyzeText("Delivery to the following recipient has been delayed:\n\n     jo@example.org\n\n"
            + "Remote server said: 452 4.2.2 Mailbox full, try again later\n");

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("4.2.2", false, false), (recipient.Status, recipient.Permanent, recipient.HardBounce));
    }

    [Fact]
    public void AnalyzeText_DsnFieldsWithDelayedStatus_IsNotPermanent()
    {
        var report = _analyzer.AnalyzeText("Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; jo@example.org\n"
            + "Action: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 Message expired, try later\n");

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("4.4.7", false), (recipient.Status, recipient.Permanent));
    }

    [Fact]
    public void AnalyzeText_PastedPermanentFailure_IsPermanentAndHard()
    {
        var report = _analyzer.AnalyzeText("Delivery has failed to these recipients or groups:\n\njo@example.org\n"
            + "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n");

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("5.1.1", true, true), (recipient.Status, recipient.Permanent, recipient.HardBounce));
    }
}
