using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Teams.Invoke;

/// <summary>
/// Finds catalogue answers for a message-extension search: codes recognised in the text first
/// (<c>5.4.6</c>, <c>550 5.1.1</c>), otherwise entries whose code or title contains the words typed.
/// </summary>
public sealed class CodeSearch(Explainer explainer, CodeCatalogue catalogue)
{
    public const int MaxResults = 10;

    public IReadOnlyList<Explanation> Find(string? text, int skip = 0, int count = MaxResults)
    {
        var query = (text ?? "").Trim();
        if (query.Length == 0)
        {
            return [];
        }

        count = Math.Clamp(count, 1, MaxResults);
        var recognised = explainer.Explain(query);
        var findings = recognised.Findings.Count > 0 ? recognised.Findings : ByWords(query);
        return [.. findings.Skip(Math.Max(0, skip)).Take(count)
            .Select(f => new Explanation(ExplanationKind.Question, [f], []))];
    }

    private List<Finding> ByWords(string query) =>
        [.. catalogue.Entries
            .Where(e => e.Code.StartsWith(query, StringComparison.OrdinalIgnoreCase) || e.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Vendor != Vendor.Generic)
            .ThenBy(e => e.Code.Length)
            .Take(MaxResults * 2)
            .Select(e => new Finding
            {
                Status = e.IsReplyCode ? null : e.Code,
                ReplyCode = e.IsReplyCode ? e.Code : null,
                Reason = e.Reason,
                Permanent = e.Code[0] == '5',
                Vendor = e.Vendor == Vendor.Generic ? null : e.Vendor,
                Lookup = new LookupResult(e.Code, e, false, null),
            })];
}
