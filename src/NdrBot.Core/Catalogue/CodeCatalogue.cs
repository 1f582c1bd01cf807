using System.Collections.Frozen;
using System.Text.Json;
using NdrBot.Core.Codes;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// The reviewed catalogue of codes and checklists, read once from the embedded <c>catalogue.json</c>.
/// Lookup always answers a well-formed code: exact entry, else its range, else an entry of the same subject that the
/// text's words name, else its subject (<c>X.Y.0</c>, <c>X.Y.x</c>) or class (<c>X.x.x</c>), marked as inferred.
/// A bare reply code (<c>550</c>) says little, so the words around it choose first.
/// </summary>
public sealed class CodeCatalogue
{
    private const string ResourceName = "NdrBot.Core.catalogue.json";

    private static readonly Lazy<CodeCatalogue> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, CodeCandidates> _byCode;
    private readonly CatalogueEntry[] _ranges;
    private readonly CodeCandidates _withWords;
    private readonly FrozenDictionary<string, CatalogueEntry> _byProviderCode;

    private CodeCatalogue(CatalogueDocument document)
    {
        Entries = document.Entries;
        Checklists = document.Checklists;
        _byCode = document.Entries
            .GroupBy(e => e.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => new CodeCandidates(g.ToArray()), StringComparer.OrdinalIgnoreCase);
        _ranges = [.. document.Entries.Where(e => e.Range is not null)];
        _withWords = new CodeCandidates([.. document.Entries.Where(e => e.Match.Count > 0 || e.ProviderCodes.Count > 0)], evenForOne: true);
        _byProviderCode = document.Entries
            .SelectMany(e => e.ProviderCodes.Select(code => (code, e)))
            .ToFrozenDictionary(p => p.code, p => p.e, StringComparer.OrdinalIgnoreCase);
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
            return Result(requested, exact);
        }

        if (!status.IsWildcard && PickRange(status, context) is { } ranged)
        {
            return Result(requested, ranged);
        }

        // Note: no entry for this exact code (Mimecast's or Google's odd numbers, a typo on a provider's page): words of
        // the same class and subject may still name the right entry before a broader one answers.
        if (!status.IsWildcard && status.Subject is { } subject && FindByWords(context, status.Class, subject) is { } sibling)
        {
            return new LookupResult(requested, sibling.Entry, true, sibling.Entry.Code) { MatchedBy = sibling.Words };
        }

        foreach (var broader in Broader(status))
        {
            var key = broader.ToString();
            if (key != requested && Pick(key, context) is { } entry)
            {
                return Result(requested, entry) with { Inferred = true, InferredFrom = key };
            }
        }

        throw new InvalidOperationException($"catalogue has no class entry for {status.Class}.x.x");
    }

    /// <summary>
    /// The entry whose provider code or wire fragment occurs in the context's text, among entries of the given status
    /// class (and subject, when given): a provider code first, then the context vendor's, then one listing the
    /// context's reply code, then the longest fragment. Null when no entry's words occur. For text that carries no
    /// enhanced code (a bare <c>554 delivery error: dd ...</c>), where the code alone cannot choose.
    /// </summary>
    public LookupResult? LookupByWords(LookupContext context, int statusClass, string requested)
    {
        ArgumentNullException.ThrowIfNull(context);
        return FindByWords(context, statusClass, null) is { } hit
            ? new LookupResult(requested, hit.Entry, false, null) { MatchedBy = hit.Words }
            : null;
    }

    /// <summary>The entry a provider code names (<c>TSS04</c>, <c>cs01</c>), ignoring case; null when none does.</summary>
    public CatalogueEntry? FindProviderCode(string code) =>
        _byProviderCode.TryGetValue(code.Trim().Trim('[', ']', '(', ')'), out var entry) ? entry : null;

    /// <summary>Every provider code in the text that names an entry, in text order, once each.</summary>
    public IReadOnlyList<(string Code, CatalogueEntry Entry)> FindProviderCodes(string? text)
    {
        if (string.IsNullOrEmpty(text) || _byProviderCode.Count == 0 || !_withWords.MayMatch(text))
        {
            return [];
        }

        var found = new List<(string, CatalogueEntry)>();
        foreach (var token in ProviderCodeScanner.Tokens(text))
        {
            if (_byProviderCode.TryGetValue(token, out var entry) && !found.Exists(f => ReferenceEquals(f.Item2, entry)))
            {
                found.Add((token.ToUpperInvariant(), entry));
            }
        }

        return found;
    }

    private LookupResult? LookupReply(string code, LookupContext context)
    {
        var classDigit = code[0] - '0';
        var exact = Pick(code, context);
        if (exact is { Hit: not null } named)
        {
            return Result(code, named);
        }

        // Note: a bare reply code says little (550 is sent for unknown users, blocklists and policy alike), so the
        // words after it choose among every entry of its class before the reply code's own entry answers.
        if (classDigit is 4 or 5 && LookupByWords(context with { ReplyCode = code }, classDigit, code) is { } byWords)
        {
            return byWords;
        }

        if (exact is { } plain)
        {
            return Result(code, plain);
        }

        return classDigit is 2 or 4 or 5 ? Lookup(new StatusCode(classDigit, null, null), context) with { Requested = code, Inferred = true, InferredFrom = $"{classDigit}.x.x" } : null;
    }

    private WordHit? FindByWords(LookupContext context, int statusClass, int? subject)
    {
        if (string.IsNullOrEmpty(context.Text) || !_withWords.MayMatch(context.Text))
        {
            return null;
        }

        var text = context.Text;
        var prefix = subject is { } s ? $"{statusClass}.{s}." : $"{statusClass}.";
        return _withWords.Entries
            .Where(e => e.Code.StartsWith(prefix, StringComparison.Ordinal) && !e.Code.EndsWith(".x", StringComparison.Ordinal))
            .Select(e => WordHit.Find(e, text))
            .OfType<WordHit>()
            .OrderByDescending(h => h.IsProviderCode)
            .ThenByDescending(h => h.Entry.Vendor == context.Vendor)
            .ThenByDescending(h => context.ReplyCode is not null && h.Entry.ReplyCodes.Contains(context.ReplyCode))
            .ThenByDescending(h => h.Words.Length)
            .Select(h => (WordHit?)h)
            .FirstOrDefault();
    }

    private static LookupResult Result(string requested, Picked picked) =>
        new(requested, picked.Entry, false, null) { MatchedBy = picked.Hit?.Words };

    private static IEnumerable<StatusCode> Broader(StatusCode status)
    {
        if (status.Subject is not null)
        {
            yield return status.SubjectOther;
            yield return status.SubjectWildcard;
        }

        yield return status.ClassWildcard;
    }

    private Picked? PickRange(StatusCode status, LookupContext context)
    {
        var candidates = _ranges.Where(e => CodeRange.TryParse(e.Range, out var r) && r.Contains(status)).ToArray();
        return candidates.Length == 0 ? null : Choose(candidates, context, candidates.Length > 1);
    }

    private Picked? Pick(string code, LookupContext context) =>
        _byCode.TryGetValue(code, out var candidates)
            ? Choose(candidates.Entries, context, !string.IsNullOrEmpty(context.Text) && candidates.MayMatch(context.Text))
            : null;

    /// <summary>
    /// Among entries for one code: one whose provider code or wire fragment occurs in the text (a provider code
    /// first, then the context vendor's, then the longest fragment), then the context vendor's plain entry, then the
    /// generic one, then whichever is documented first. The words are only compared when <paramref name="mayMatch"/>
    /// says one of them can be in the text.
    /// </summary>
    private static Picked Choose(CatalogueEntry[] candidates, LookupContext context, bool mayMatch)
    {
        if (candidates.Length == 1)
        {
            return new Picked(candidates[0], null);
        }

        if (mayMatch && !string.IsNullOrEmpty(context.Text))
        {
            var text = context.Text;
            var matched = candidates
                .Select(e => WordHit.Find(e, text))
                .OfType<WordHit>()
                .OrderByDescending(h => h.IsProviderCode)
                .ThenByDescending(h => h.Entry.Vendor == context.Vendor)
                .ThenByDescending(h => h.Words.Length)
                .Select(h => (WordHit?)h)
                .FirstOrDefault();
            if (matched is { } hit)
            {
                return new Picked(hit.Entry, hit);
            }
        }

        var plain = candidates.FirstOrDefault(e => e.Vendor == context.Vendor && e.Variant.Length == 0)
            ?? candidates.FirstOrDefault(e => e.Vendor == context.Vendor && context.ReplyCode is not null && e.ReplyCodes.Contains(context.ReplyCode))
            ?? candidates.FirstOrDefault(e => e.Vendor == context.Vendor)
            ?? candidates.FirstOrDefault(e => e.Vendor == Vendor.Generic && e.Variant.Length == 0)
            ?? candidates.FirstOrDefault(e => e.Vendor == Vendor.Generic)
            ?? candidates.FirstOrDefault(e => e.Variant.Length == 0)
            ?? candidates[0];
        return new Picked(plain, null);
    }

    /// <summary>An entry chosen among candidates, and the words that chose it when they did.</summary>
    private readonly record struct Picked(CatalogueEntry Entry, WordHit? Hit);
}
