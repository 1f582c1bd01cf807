using System.Globalization;
using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Issue 14 item 5: the rows stop at the cap, but every failed recipient is counted and the count is carried.</summary>
public sealed class RecipientCountTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    [Fact]
    public void AnalyzeText_TenThousandDsnRecipients_KeepsTwoHundredRowsAndCountsAll()
    {
        var paste = new StringBuilder("Reporting-MTA: dns; mx.example.net\n\n");
        for (var i = 0; i < 10_000; i++)
        {
            paste.Append(CultureInfo.InvariantCulture, $"Final-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: 5.1.1\n\n");
        }

        var report = _analyzer.AnalyzeText(paste.ToString());

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(BounceAnalyzerOptions.Default.MaxRecipients, report.Recipients.Count);
        Assert.Equal(10_000, report.TotalRecipients);
    }

    [Fact]
    public void AnalyzeText_TenThousandListedRecipients_CountsEachOnce()
    {
        var paste = ListedRecipients(10_000) + "user0@example.org\n550 5.1.1 user unknown (said twice)\n";

        var report = _analyzer.AnalyzeText(paste);

        Assert.Equal(BounceAnalyzerOptions.Default.MaxRecipients, report.Recipients.Count);
        Assert.Equal(10_000, report.TotalRecipients);
    }

    [Fact]
    public void AnalyzeText_UnderTheCap_TotalIsTheRows()
    {
        var report = _analyzer.AnalyzeText("Delivery has failed to these recipients:\n\na@example.org\n550 5.1.1 user unknown\n\nb@example.org\n552 5.2.2 mailbox full\n");

        Assert.Equal(2, report.Recipients.Count);
        Assert.Equal(2, report.TotalRecipients);
    }

    [Fact]
    public void Explain_TenThousandRecipients_ExplanationCarriesTheCount()
    {
        var explanation = new Explainer(TestCatalogue.Create()).Explain(ListedRecipients(10_000));

        Assert.Equal(BounceAnalyzerOptions.Default.MaxRecipients, explanation.Findings.Count);
        Assert.Equal(10_000, explanation.TotalFindings);
    }

    /// <summary>An Outlook-style list: each address on its own line, the server's reply under it.</summary>
    private static string ListedRecipients(int count)
    {
        var paste = new StringBuilder("Delivery has failed to these recipients or groups:\n\n");
        for (var i = 0; i < count; i++)
        {
            paste.Append(CultureInfo.InvariantCulture, $"user{i}@example.org\n550 5.1.1 user unknown\n");
        }

        return paste.ToString();
    }
}
