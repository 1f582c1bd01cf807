using NdrBot.Core.Codes;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>Checks a loaded catalogue document and lists every problem found, with the entry it concerns.</summary>
internal static class CatalogueValidator
{
    private const int MaxTitle = 120;
    private const int MaxMeaning = 900;

    public static IReadOnlyList<string> Validate(CatalogueDocument document)
    {
        var errors = new List<string>();
        var seen = new HashSet<(string, Vendor, string)>();
        var providerCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in document.Entries)
        {
            var where = $"{entry.Code}/{entry.Vendor}/{entry.Variant}";
            if (!seen.Add((entry.Code, entry.Vendor, entry.Variant)))
            {
                errors.Add($"{where}: duplicate entry");
            }

            foreach (var code in entry.ProviderCodes)
            {
                Require(ProviderCodeScanner.IsWellFormed(code), where, $"provider code '{code}' must be 3-12 upper-case letters, digits or hyphens with a letter and a digit", errors);
                Require(providerCodes.Add(code), where, $"provider code '{code}' names more than one entry", errors);
            }

            ValidateEntry(entry, where, errors);
        }

        var checklistIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var checklist in document.Checklists)
        {
            if (!checklistIds.Add(checklist.Id))
            {
                errors.Add($"checklist {checklist.Id}: duplicate id");
            }

            ValidateChecklist(checklist, errors);
        }

        return errors;
    }

    private static void ValidateEntry(CatalogueEntry entry, string where, List<string> errors)
    {
        var isReply = ReplyCode.IsValid(entry.Code);
        if (!isReply && !StatusCode.TryParse(entry.Code, out _))
        {
            errors.Add($"{where}: bad code syntax");
            return;
        }

        Require(!string.IsNullOrWhiteSpace(entry.Title) && entry.Title.Length <= MaxTitle, where, "title empty or too long", errors);
        Require(!string.IsNullOrWhiteSpace(entry.Meaning) && entry.Meaning.Length <= MaxMeaning, where, "meaning empty or too long", errors);
        Require(entry.Steps.Count > 0, where, "no steps", errors);
        Require(entry.Steps.All(s => !string.IsNullOrWhiteSpace(s.Text)), where, "empty step", errors);
        Require(entry.Sources.Count > 0 && entry.Sources.All(s => !string.IsNullOrWhiteSpace(s)), where, "no source", errors);
        Require(entry.Notes.All(n => !string.IsNullOrWhiteSpace(n.Text)), where, "empty note", errors);
        Require(entry.Match.All(m => m.Length >= 4 && !m.Any(char.IsUpper)), where, "match fragments must be lower-case, 4+ chars", errors);
        Require(entry.Reason is null || ReasonVocabulary.All.Contains(entry.Reason), where, $"unknown reason '{entry.Reason}'", errors);
        Require(entry.Links.All(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps), where, "links must be absolute https URLs", errors);
        Require(entry.ReplyCodes.All(ReplyCode.IsValid), where, "bad reply code", errors);
        Require(entry.Transient == (entry.Code[0] == '4'), where, "transient is the code's class and must match it (4 = transient)", errors);
        if (entry.Range is not null)
        {
            Require(CodeRange.TryParse(entry.Range, out var range) && range.Start.ToString() == entry.Code, where, "range must be C.S.D-C.S.D starting at the entry's code", errors);
        }
    }

    private static void ValidateChecklist(Checklist checklist, List<string> errors)
    {
        var where = $"checklist {checklist.Id}";
        Require(!string.IsNullOrWhiteSpace(checklist.Id) && !string.IsNullOrWhiteSpace(checklist.Title), where, "id and title required", errors);
        Require(!string.IsNullOrWhiteSpace(checklist.Summary), where, "summary required", errors);
        Require(checklist.Steps.Count > 0 && checklist.Steps.All(s => !string.IsNullOrWhiteSpace(s.Id) && !string.IsNullOrWhiteSpace(s.Text)), where, "steps need id and text", errors);
        Require(checklist.Steps.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() == checklist.Steps.Count, where, "duplicate step id", errors);
        Require(checklist.Keywords.Count > 0 && checklist.Keywords.All(k => k.Length >= 4 && !k.Any(char.IsUpper)), where, "keywords must be lower-case, 4+ chars", errors);
        Require(checklist.Facts.All(f => !string.IsNullOrWhiteSpace(f.Label) && !string.IsNullOrWhiteSpace(f.Value)), where, "empty fact", errors);
        Require(checklist.Sources.Count > 0, where, "no source", errors);
    }

    private static void Require(bool condition, string where, string message, List<string> errors)
    {
        if (!condition)
        {
            errors.Add($"{where}: {message}");
        }
    }
}
