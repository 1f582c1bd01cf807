using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;

namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// Checks a loaded <see cref="ReasonDocument"/> and lists every problem with the part it concerns: every reason is
/// a known reason name, every phrase is lower-case and well formed, every group names a known source and every
/// source is used, every rule the order names exists.
/// </summary>
internal static class ReasonDocumentValidator
{
    /// <summary>Rules the classifier asks about by id, beside the order.</summary>
    public static readonly string[] RequiredRules = ["userunknown", "directory-lookup", "no-account"];

    private static readonly string[] Kinds = ["code", "doc", "rfc", "definition", "sample"];

    private static readonly string[] Commands = ["CONN", "HELO", "MAIL", "RCPT", "DATA", "STARTTLS"];

    public static IReadOnlyList<string> Validate(ReasonDocument document)
    {
        var errors = new List<string>();
        var sources = ValidateSources(document, errors);
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Source(string where, string id)
        {
            used.Add(id);
            Require(sources.Contains(id), where, $"unknown source '{id}'", errors);
        }

        ValidateStatusCodes(document, Source, errors);
        foreach (var group in document.ReplyCodes)
        {
            Source("replyCodes", group.Source);
            foreach (var (code, reason) in group.Codes)
            {
                Require(ReplyCode.IsValid(code), $"replyCodes/{code}", "not an SMTP reply code", errors);
                Require(ReasonVocabulary.All.Contains(reason), $"replyCodes/{code}", $"unknown reason '{reason}'", errors);
            }
        }

        var ruleIds = ValidateRules(document, Source, errors);
        ValidateOrder(document, ruleIds, errors);
        ValidateVendorRules(document, Source, errors);
        foreach (var group in document.StatedCategories)
        {
            Source($"statedCategories/{group.Field}", group.Source);
            Require(group.Field.Length > 0 && !group.Field.Any(char.IsUpper), $"statedCategories/{group.Field}", "field must be lower-case", errors);
            foreach (var (category, reason) in group.Categories)
            {
                Require(ReasonVocabulary.All.Contains(reason), $"statedCategories/{group.Field}/{category}", $"unknown reason '{reason}'", errors);
            }
        }

        foreach (var group in document.TransientMarkers)
        {
            Source("transientMarkers", group.Source);
            ValidatePhrases(group.Texts, "transientMarkers", errors);
        }

        foreach (var group in document.StatusPhrases)
        {
            Source("statusPhrases", group.Source);
            ValidatePhrases(group.Texts, $"statusPhrases/{group.Source}", errors);
            Require(!group.Texts.Any(t => t.Contains('*', StringComparison.Ordinal)), $"statusPhrases/{group.Source}", "status phrases are plain text", errors);
            var full = group.Detail.Count(c => c == '.') == 2;
            Require(StatusCode.TryParse(full ? group.Detail : "5." + group.Detail, out var parsed) && !parsed.IsWildcard && (!full || group.Detail[0] is '4' or '5'),
                $"statusPhrases/{group.Source}", $"'{group.Detail}' is not subject.detail or a class 4 or 5 code", errors);
        }

        foreach (var group in document.ReplyStatus)
        {
            Source("replyStatus", group.Source);
            ValidatePhrases(group.Markers, $"replyStatus/{group.Source}", errors);
            Require(group.Markers.Count > 0, $"replyStatus/{group.Source}", "needs markers", errors);
            foreach (var (reply, code) in group.Codes)
            {
                Require(ReplyCode.IsValid(reply) && StatusCode.TryParse(code, out var parsed) && !parsed.IsWildcard && code[0] == reply[0],
                    $"replyStatus/{group.Source}/{reply}", "needs a reply code and a status of the same class", errors);
            }
        }

        foreach (var (reason, code) in document.InferredStatus)
        {
            Require(ReasonVocabulary.All.Contains(reason), $"inferredStatus/{reason}", "unknown reason", errors);
            Require(StatusCode.TryParse("5." + code, out var parsed) && !parsed.IsWildcard, $"inferredStatus/{reason}", $"'{code}' is not subject.detail", errors);
        }

        foreach (var source in document.Sources.Where(s => s.Kind != "definition" && !used.Contains(s.Id)))
        {
            errors.Add($"source {source.Id}: never used");
        }

        return errors;
    }

    private static HashSet<string> ValidateSources(ReasonDocument document, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in document.Sources)
        {
            var where = $"source {source.Id}";
            Require(ids.Add(source.Id), where, "duplicate id", errors);
            Require(Kinds.Contains(source.Kind), where, $"kind must be one of {string.Join(", ", Kinds)}", errors);
            Require(!string.IsNullOrWhiteSpace(source.Title) && !string.IsNullOrWhiteSpace(source.Ref), where, "title and ref are required", errors);
        }

        return ids;
    }

    private static void ValidateStatusCodes(ReasonDocument document, Action<string, string> source, List<string> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in document.StatusCodes)
        {
            source("statusCodes", group.Source);
            foreach (var (code, reason) in group.Codes)
            {
                var where = $"statusCodes/{code}";
                Require(StatusCode.TryParse(code, out var parsed) && !parsed.IsWildcard && parsed.ToString() == code && code[0] is '2' or '4' or '5', where, "not an enhanced status code", errors);
                Require(ReasonVocabulary.All.Contains(reason), where, $"unknown reason '{reason}'", errors);
                Require(!seen.TryGetValue(code, out var earlier) || earlier == reason, where, $"given as both {earlier} and {reason}", errors);
                seen[code] = reason;
            }
        }
    }

    private static HashSet<string> ValidateRules(ReasonDocument document, Action<string, string> source, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in document.Rules)
        {
            var where = $"rule {rule.Id}";
            Require(ids.Add(rule.Id), where, "duplicate id", errors);
            Require(ReasonVocabulary.All.Contains(rule.Reason), where, $"unknown reason '{rule.Reason}'", errors);
            Require(rule.Phrases.Sum(g => g.Texts.Count) > 0, where, "no phrases", errors);
            foreach (var group in rule.Phrases.Concat(rule.Unless))
            {
                source(where, group.Source);
                ValidatePhrases(group.Texts, $"{where}/{group.Source}", errors);
            }
        }

        Require(ids.Count <= RuleIndex.MaxRules, "rules", $"at most {RuleIndex.MaxRules} rules fit one index", errors);
        foreach (var required in RequiredRules)
        {
            Require(ids.Contains(required), "rules", $"rule '{required}' is required", errors);
        }

        return ids;
    }

    private static void ValidateOrder(ReasonDocument document, HashSet<string> ruleIds, List<string> errors)
    {
        Require(document.Order.Distinct(StringComparer.Ordinal).Count() == document.Order.Count, "order", "a rule is listed twice", errors);
        foreach (var (name, list) in new[] { ("order", document.Order), ("addressOverrides", document.AddressOverrides), ("filteredOverrides", document.FilteredOverrides) })
        {
            foreach (var id in list)
            {
                Require(ruleIds.Contains(id), name, $"unknown rule '{id}'", errors);
            }
        }
    }

    private static void ValidateVendorRules(ReasonDocument document, Action<string, string> source, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in document.VendorRules)
        {
            var where = $"vendorRule {rule.Id}";
            source(where, rule.Source);
            Require(ids.Add(rule.Id), where, "duplicate id", errors);
            Require(ReasonVocabulary.All.Contains(rule.Reason), where, $"unknown reason '{rule.Reason}'", errors);
            Require(rule.Hosts.Count > 0 && rule.Phrases.Count > 0, where, "needs hosts and phrases", errors);
            Require(!rule.Hosts.Concat(rule.Phrases).Any(p => p.Contains('*', StringComparison.Ordinal)), where, "vendor phrases are plain text", errors);
            ValidatePhrases(rule.Hosts, where, errors);
            ValidatePhrases(rule.Phrases, where, errors);
            Require(rule.Command is null || Commands.Contains(rule.Command), where, $"unknown command '{rule.Command}'", errors);
            Require(rule.NotCommand is null || Commands.Contains(rule.NotCommand), where, $"unknown command '{rule.NotCommand}'", errors);
        }
    }

    private static void ValidatePhrases(IReadOnlyList<string> texts, string where, List<string> errors)
    {
        Require(texts.Distinct(StringComparer.Ordinal).Count() == texts.Count, where, "a phrase is listed twice", errors);
        foreach (var text in texts)
        {
            var ok = text.Length > 0 && !text.Any(char.IsUpper) && text.Trim() == text
                && (!text.Contains('*', StringComparison.Ordinal) || text.Split('*') is { Length: <= 4 } parts && parts.All(p => p.Length > 0));
            Require(ok, where, $"phrase '{text}' must be lower-case, trimmed, and '*' may only join up to four non-empty parts", errors);
        }
    }

    private static void Require(bool condition, string where, string problem, List<string> errors)
    {
        if (!condition)
        {
            errors.Add($"{where}: {problem}");
        }
    }
}
