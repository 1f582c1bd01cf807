using NdrBot.Cards.Building;
using NdrBot.Cards.Tests.Support;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using Xunit.Abstractions;

namespace NdrBot.Cards.Tests.Coverage;

/// <summary>Every catalogue entry and checklist renders in both formats, valid and within limits.</summary>
public sealed class CatalogueCoverageTests(ITestOutputHelper output)
{
    public static TheoryData<string> Catalogues() => ["shipped", "test"];

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Render_EveryEntryAsCodeAndBounceCard_ValidAndWithinLimits(string which)
    {
        var catalogue = which == "shipped" ? CodeCatalogue.Default : TestCatalogue.Catalogue;
        var report = new CoverageReport();

        foreach (var entry in catalogue.Entries)
        {
            var name = $"{entry.Code}/{entry.Vendor}/{entry.Variant}";
            var finding = Finding(entry);
            report.Check(name + " code", AnswerBuilder.FromExplanation(new Explanation(ExplanationKind.Question, [finding], [])));
            report.Check(name + " bounce", AnswerBuilder.FromExplanation(new Explanation(ExplanationKind.Bounce, [finding with
            {
                Recipient = "someone@example.com",
                RemoteMta = "mx.example.com",
                Diagnostic = $"smtp; {entry.Code} {entry.Title}",
                Delivery = DeliveryState.Final,
                DeliveryBasis = "The report says \"queue.expired\".",
            }], catalogue.Checklists)));
        }

        foreach (var checklist in catalogue.Checklists)
        {
            report.Check("checklist " + checklist.Id, AnswerBuilder.FromExplanation(new Explanation(ExplanationKind.Question, [], [checklist])));
        }

        output.WriteLine(report.ToString());
        Assert.True(report.Count >= catalogue.Entries.Count * 2);
        report.AssertClean();
    }

    /// <summary>A finding as the explainer makes it, in the context of the vendor with the longest note.</summary>
    private static Finding Finding(CatalogueEntry entry) => new()
    {
        Status = entry.IsReplyCode ? null : entry.Code,
        ReplyCode = entry.IsReplyCode ? entry.Code : (entry.ReplyCodes.Count > 0 ? entry.ReplyCodes[0] : null),
        Reason = entry.Reason,
        Permanent = !entry.Transient,
        Vendor = entry.Notes.OrderByDescending(n => n.Text.Length).FirstOrDefault()?.Vendor ?? entry.Vendor,
        Lookup = new LookupResult(entry.Code, entry, entry.Code.Contains('x', StringComparison.Ordinal), entry.Code.Contains('x', StringComparison.Ordinal) ? entry.Code : null),
    };
}
