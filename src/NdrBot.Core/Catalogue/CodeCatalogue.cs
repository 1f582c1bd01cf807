using System.Collections.Frozen;
using System.Text.Json;
using NdrBot.Core.Codes;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// The reviewed catalogue of codes and checklists, read once from the embedded <c>catalogue.json</c>.
/// Lookup always answers a well-formed code: exact entry, else its range, subject (<c>X.Y.0</c>, <c>X.Y.x</c>)
/// or class (<c>X.x.x</c>), marked as inferred.
/// </summary>
public sealed class CodeCatalogue
{
    private const string ResourceName = "NdrBot.Core.catalogue.json";

    private static readonly Lazy<CodeCatalogue> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CodeCandidates> _byCode;
    private readonly CatalogueEntry[] _ranges;

    private CodeCatalogue(CatalogueDocument document)
    {
        Entries = document.Entries;
        Checklists = document.Checklists;
        _byCode = document.Entries
            .GroupBy(e => e.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => new CodeCandidates(g.ToArray()), StringComparer.OrdinalIgnoreCase);
        _ranges = [.. document.Entries.Where(e => e.Range is not null)];
    }

    /// <summary>The catalogue shipped inside this assembly; loading it validates it.</summary>
    public static CodeCatalogue Default => Embedded.Value;

    public IReadOnlyList<CatalogueEntry> Entries { get; }

    public IReadOnlyList<Checklist> Checklists { get; }

    public Checklist? FindChecklist(string id) => Checklists.FirstOrDefault(c => c.Id == id);

    /// <summary>Loads and validates a catalogue document; a broken document yields the list of problems.</summary>
    public static CatalogueLoadResult Load(Stream json)
    {
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CatalogueJsonContext.Default.CatalogueDocument);
        }
        catch (JsonException ex)
        {
            return new CatalogueLoadResult(null, [$"catalogue JSON invalid at {ex.Path} (line {ex.LineNumber}): {ex.Message}"]);
        }

        if (document is null)
        {
            return new CatalogueLoadResult(null, ["catalogue JSON is empty"]);
        }

        var errors = CatalogueValidator.Validate(document);
        return errors.Count == 0 ? new CatalogueLoadResult(new CodeCatalogue(document), []) : new CatalogueLoadResult(null, errors);
    }

    private static CodeCatalogue LoadEmbedded()
    {
        using var stream = typeof(CodeCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var result = Load(stream);
        return result.Catalogue
            ?? throw new InvalidOperationException("the embedded catalogue is invalid: " + string.Join("; ", result.Errors.Take(20)));
    }

    /// <summary>Explains a code given as text (<c>5.4.6</c>, <c>5.1.x</c>, <c>550</c>); null if it is not a code.</summary>
    public LookupResult? Lookup(string code, LookupContext? context = null)
    {
        context ??= LookupContext.None;
        code = code.Trim();
        if (ReplyCode.IsValid(code))
        {
            return LookupReply(code, context);
        }

        return StatusCode.TryParse(code, out var status) ? Lookup(status, context) : null;
    }

    public LookupResult Lookup(StatusCode status, LookupContext? context = null)
    {
        context ??= LookupContext.None;
        var requested = status.ToString();
        if (Pick(requested, context) is { } exact)
        {
            return new LookupResult(requested, exact, false, null);
        }

        if (!status.IsWildcard && PickRange(status, context) is { } ranged)
        {
            return new LookupResult(requested, ranged, false, null);
        }

        foreach (var broader in Broader(status))
        {
            var key = broader.ToString();
            if (key != requested && Pick(key, context) is { } entry)
            {
                return new LookupResult(requested, entry, true, key);
            }
        }

        throw new InvalidOperationException($"catalogue has no class entry for {status.Class}.x.x");
    }

    private LookupResult? LookupReply(string code, LookupContext context)
    {
        if (Pick(code, context) is { } exact)
        {
            return new LookupResult(code, exact, false, null);
        }

        var classDigit = code[0] - '0';
        return classDigit is 2 or 4 or 5 ? Lookup(new StatusCode(classDigit, null, null), context) with { Requested = code, Inferred = true, InferredFrom = $"{classDigit}.x.x" } : null;
    }

    private static IEnumerable<StatusCode> Broader(StatusCode status)
    {
        if (status.Subject is not null)
        {
            yield return status.SubjectOther;
            yield return status.SubjectWildcard;
        }

        yield return status.ClassWildcard;
    }

    private CatalogueEntry? PickRange(StatusCode status, LookupContext context)
    {
        var candidates = _ranges.Where(e => CodeRange.TryParse(e.Range, out var r) && r.Contains(status)).ToArray();
        return candidates.Length == 0 ? null : Choose(candidates, context, candidates.Length > 1);
    }

    private CatalogueEntry? Pick(string code, LookupContext context) =>
        _byCode.TryGetValue(code, out var candidates)
            ? Choose(candidates.Entries, context, !string.IsNullOrEmpty(context.Text) && candidates.MayMatch(context.Text))
            : null;

    /// <summary>
    /// Among entries for one code: one whose wire fragments occur in the text (the context vendor's first), then
    /// the context vendor's plain entry, then the generic one, then whichever is documented first. The fragments are
    /// only compared when <paramref name="mayMatch"/> says one of them can be in the text.
    /// </summary>
    private static CatalogueEntry Choose(CatalogueEntry[] candidates, LookupContext context, bool mayMatch)
    {
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        if (mayMatch && !string.IsNullOrEmpty(context.Text))
        {
            var text = context.Text;
            var matched = candidates
                .Where(e => e.Match.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(e => e.Vendor == context.Vendor)
                .ThenByDescending(e => e.Match.Where(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)).Max(m => m.Length))
                .FirstOrDefault();
            if (matched is not null)
            {
                return matched;
            }
        }

        return candidates.FirstOrDefault(e => e.Vendor == context.Vendor && e.Variant.Length == 0)
            ?? candidates.FirstOrDefault(e => e.Vendor == context.Vendor && context.ReplyCode is not null && e.ReplyCodes.Contains(context.ReplyCode))
            ?? candidates.FirstOrDefault(e => e.Vendor == context.Vendor)
            ?? candidates.FirstOrDefault(e => e.Vendor == Vendor.Generic && e.Variant.Length == 0)
            ?? candidates.FirstOrDefault(e => e.Vendor == Vendor.Generic)
            ?? candidates.FirstOrDefault(e => e.Variant.Length == 0)
            ?? candidates[0];
    }
}
