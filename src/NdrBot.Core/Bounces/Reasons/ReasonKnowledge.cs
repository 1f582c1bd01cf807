using System.Collections.Frozen;
using System.Text.Json;
using NdrBot.Core.Bounces.Reasons.Data;
using NdrBot.Core.Text;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// The reviewed reason knowledge of <c>reasons.json</c>, validated and compiled once: phrase rules in one
/// <see cref="RuleIndex"/>, the status-to-reason map, vendor rules, stated categories and transient markers.
/// Immutable, so one instance serves every analysis and thread.
/// </summary>
internal sealed class ReasonKnowledge
{
    private const string ResourceName = "NdrBot.Core.reasons.json";

    private static readonly Lazy<ReasonKnowledge> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, PhraseRule> _rules;
    private readonly FrozenDictionary<string, string> _statusReasons;
    private readonly FrozenDictionary<string, string> _replyReasons;
    private readonly FrozenDictionary<string, string> _statedCategories;
    private readonly FrozenDictionary<string, string> _inferredStatus;
    private readonly (PhraseSet Words, string Detail)[] _statusPhrases;
    private readonly (PhraseSet Markers, FrozenDictionary<string, string> Codes)[] _replyStatus;

    private ReasonKnowledge(ReasonDocument document)
    {
        Document = document;
        _rules = document.Rules.ToFrozenDictionary(r => r.Id, Compile, StringComparer.Ordinal);
        Ordered = [.. document.Order.Select(id => _rules[id])];
        Strong = [.. Ordered.Where(r => !r.Weak)];
        AddressOverrides = [.. document.AddressOverrides.Select(id => _rules[id])];
        FilteredOverrides = [.. document.FilteredOverrides.Select(id => _rules[id])];
        Index = new RuleIndex(_rules.Values);
        _statusReasons = document.StatusCodes.SelectMany(g => g.Codes)
            .GroupBy(c => c.Key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _replyReasons = document.ReplyCodes.SelectMany(g => g.Codes)
            .GroupBy(c => c.Key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _statedCategories = document.StatedCategories.SelectMany(g => g.Categories)
            .GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        _inferredStatus = document.InferredStatus.ToFrozenDictionary(StringComparer.Ordinal);
        _statusPhrases = [.. document.StatusPhrases.Select(g => (new PhraseSet([.. g.Texts]), g.Detail))];
        _replyStatus = [.. document.ReplyStatus.Select(g => (new PhraseSet([.. g.Markers], StringComparison.OrdinalIgnoreCase), g.Codes.ToFrozenDictionary(StringComparer.Ordinal)))];
        Vendors = new VendorReasonRules(document.VendorRules);
        TransientMarkers = new PhraseSet([.. document.TransientMarkers.SelectMany(g => g.Texts).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The knowledge shipped inside this assembly; loading it validates it.</summary>
    public static ReasonKnowledge Default => Embedded.Value;

    /// <summary>The document as loaded, with every phrase's source (for tooling and reports).</summary>
    public ReasonDocument Document { get; }

    /// <summary>The rules in the order the text is asked about them.</summary>
    public PhraseRule[] Ordered { get; }

    /// <summary>The ordered rules without the weak ones, for text beside a code that names a reason.</summary>
    public PhraseRule[] Strong { get; }

    public PhraseRule[] AddressOverrides { get; }

    public PhraseRule[] FilteredOverrides { get; }

    /// <summary>Every rule, searched together.</summary>
    public RuleIndex Index { get; }

    public VendorReasonRules Vendors { get; }

    public PhraseSet TransientMarkers { get; }

    public PhraseRule Rule(string id) => _rules[id];

    /// <summary>The reason an enhanced status code names on its own, if it names one.</summary>
    public string? ReasonForStatus(string? status) =>
        status is not null && _statusReasons.TryGetValue(status, out var reason) ? reason : null;

    /// <summary>The reason a reply code names on its own, if it names one.</summary>
    public string? ReasonForReply(string? reply) =>
        reply is not null && _replyReasons.TryGetValue(reply, out var reason) ? reason : null;

    /// <summary>The reason a reporting system's own category stands for (PowerMTA's bad-mailbox…), if it is known.</summary>
    public string? ReasonForCategory(string? category) =>
        category is not null && _statedCategories.TryGetValue(category.Trim(), out var reason) ? reason : null;

    /// <summary>Subject and detail of the code shown for a reason when a message carries none (<c>1.1</c>).</summary>
    public string? InferredDetail(string reason) => _inferredStatus.TryGetValue(reason, out var detail) ? detail : null;

    /// <summary>
    /// The reply-to-status table of the mail system whose report this is, when it keeps one (Sendmail); null for the
    /// others, which write X.0.0 of the reply's class.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ReplyStatusFor(string reportText)
    {
        foreach (var (markers, codes) in _replyStatus)
        {
            if (markers.In(reportText))
            {
                return codes;
            }
        }

        return null;
    }

    /// <summary>Subject and detail of the code a mail system writes for these (lower-case) words, when a source gives one.</summary>
    public string? DocumentedDetail(string lowerText)
    {
        foreach (var (words, detail) in _statusPhrases)
        {
            if (words.In(lowerText))
            {
                return detail;
            }
        }

        return null;
    }

    /// <summary>Loads and validates a reasons document; a broken document yields the list of problems.</summary>
    public static ReasonKnowledgeLoadResult Load(Stream json)
    {
        ReasonDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ReasonJsonContext.Default.ReasonDocument);
        }
        catch (JsonException ex)
        {
            return new ReasonKnowledgeLoadResult(null, [$"reasons JSON invalid at {ex.Path} (line {ex.LineNumber}): {ex.Message}"]);
        }

        return document is null ? new ReasonKnowledgeLoadResult(null, ["reasons JSON is empty"]) : From(document);
    }

    /// <summary>Validates and compiles a document (tools build changed documents from <see cref="Document"/>).</summary>
    public static ReasonKnowledgeLoadResult From(ReasonDocument document)
    {
        var errors = ReasonDocumentValidator.Validate(document);
        return errors.Count == 0 ? new ReasonKnowledgeLoadResult(new ReasonKnowledge(document), []) : new ReasonKnowledgeLoadResult(null, errors);
    }

    private static PhraseRule Compile(ReasonRuleEntry entry) =>
        new(entry.Id, entry.Reason, [.. entry.Phrases.SelectMany(g => g.Texts).Distinct(StringComparer.Ordinal)])
        {
            Unless = [.. entry.Unless.SelectMany(g => g.Texts).Distinct(StringComparer.Ordinal)],
            Weak = entry.Weak,
        };

    private static ReasonKnowledge LoadEmbedded()
    {
        using var stream = typeof(ReasonKnowledge).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var result = Load(stream);
        return result.Knowledge
            ?? throw new InvalidOperationException("the embedded reasons.json is invalid: " + string.Join("; ", result.Errors.Take(20)));
    }
}
