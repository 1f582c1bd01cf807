using System.Text;
using NdrBot.Core.Text;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Turns RFC 3464 per-recipient fields (Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code) into
/// evidence. The fields come either from MimeKit's status groups or from DSN text pasted into chat.
/// </summary>
internal static class DsnFields
{
    // Note: PowerMTA adds its own bounce classification to each recipient's group (lhost-powermta-02).
    private const string PowerMtaField = "x-powermta-bouncecategory";

    public static RecipientEvidence? ToEvidence(IReadOnlyDictionary<string, string> fields)
    {
        var recipient = AddressScanner.First(Get(fields, "final-recipient"))
            ?? AddressScanner.First(Get(fields, "original-recipient"))
            ?? AddressScanner.First(Get(fields, "x-actual-recipient"));
        var status = Get(fields, "status");
        var diagnostic = StripType(Get(fields, "diagnostic-code"));
        if (recipient is null && status is null && diagnostic is null)
        {
            return null;
        }

        var codes = CodeExtractor.Find(diagnostic);
        return new RecipientEvidence
        {
            Recipient = recipient,
            Status = FirstToken(status),
            ReplyCode = codes.ReplyCode,
            Action = FirstToken(Get(fields, "action")) is { } action ? TextTools.Lower(action) : null,
            RemoteMta = StripType(Get(fields, "remote-mta")),
            Diagnostic = TextTools.Collapse(diagnostic),
            Command = CommandDetector.Find(diagnostic),
            Context = TextTools.Collapse(diagnostic, 4000),
            DiagnosticType = DiagnosticType(Get(fields, "diagnostic-code")),
            StatedReason = PowerMtaCategories.ReasonFor(Get(fields, PowerMtaField)),
        };
    }

    /// <summary>Reads <c>Name: value</c> field blocks (with folded continuation lines) out of plain text.</summary>
    public static List<Dictionary<string, string>> ParseText(string text, int maxGroups)
    {
        var groups = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        string? lastName = null;
        StringBuilder? folded = null;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.Length > 0 && line[0] is ' ' or '\t' && current is not null && lastName is not null)
            {
                // Note: gathered in a builder; appending to the string was quadratic in a field folded over
                // thousands of lines (fuzzing: a 127 KB folded paste allocated 217 MB).
                (folded ??= new StringBuilder(current[lastName])).Append(' ').Append(line.Trim());
                continue;
            }

            Unfold(current, lastName, ref folded);
            var trimmed = line.TrimStart();
            var colon = trimmed.IndexOf(':');
            var name = colon is > 0 and <= 30 ? Alias(TextTools.Lower(trimmed[..colon])) : null;
            if (name is null)
            {
                lastName = null;
                continue;
            }

            line = trimmed;
            if (current is null || (name is "final-recipient" or "original-recipient" && HasRecipient(current)) || current.ContainsKey(name))
            {
                if (groups.Count >= maxGroups)
                {
                    break;
                }

                current = new Dictionary<string, string>(StringComparer.Ordinal);
                groups.Add(current);
            }

            current[name] = line[(colon + 1)..].Trim().ToString();
            lastName = name;
        }

        Unfold(current, lastName, ref folded);
        return groups;
    }

    private static void Unfold(Dictionary<string, string>? current, string? name, ref StringBuilder? folded)
    {
        if (folded is not null && current is not null && name is not null)
        {
            current[name] = folded.ToString();
        }

        folded = null;
    }

    /// <summary>
    /// Reads the body of a <c>message/delivery-status</c> part: groups separated by blank lines (RFC 3464 §2.1),
    /// folded lines joined, names kept as written (the dictionaries ignore case). A repeated field also starts a
    /// group, for MTAs that leave out the blank line between recipients (AOL, rhost-aol-03).
    /// </summary>
    public static List<Dictionary<string, string>> ParseBlocks(string text, int maxGroups)
    {
        var groups = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        string? lastName = null;
        StringBuilder? folded = null;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (!line.IsEmpty && line[0] is ' ' or '\t')
            {
                if (current is not null && lastName is not null)
                {
                    (folded ??= new StringBuilder(current[lastName])).Append(' ').Append(line.Trim());
                }

                continue;
            }

            Unfold(current, lastName, ref folded);
            if (line.IsEmpty)
            {
                (current, lastName) = (null, null);
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                lastName = null;
                continue;
            }

            var name = line[..colon].Trim().ToString();
            if (current is null || current.ContainsKey(name)
                || (name.Equals("final-recipient", StringComparison.OrdinalIgnoreCase) && current.ContainsKey("original-recipient") && current.ContainsKey("action")))
            {
                if (groups.Count >= maxGroups)
                {
                    break;
                }

                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                groups.Add(current);
            }

            current[name] = line[(colon + 1)..].Trim().ToString();
            lastName = name;
        }

        Unfold(current, lastName, ref folded);
        return groups;
    }

    // Note: Sun/Oracle Messaging Server writes "Recipient address:" and "Diagnostic code:" in its text part.
    private static string? Alias(string name) => name switch
    {
        "recipient address" => "final-recipient",
        "diagnostic code" => "diagnostic-code",
        "remote system" => "remote-mta",
        _ when name.Contains(' ', StringComparison.Ordinal) || name.Contains('\t', StringComparison.Ordinal) => null,
        _ => name,
    };

    private static bool HasRecipient(Dictionary<string, string> group) =>
        group.ContainsKey("final-recipient") || (group.ContainsKey("original-recipient") && group.ContainsKey("status"));

    private static string? Get(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Drops the type prefix of a typed field: <c>smtp; 550 ...</c> becomes <c>550 ...</c>.</summary>
    private static string? StripType(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var semi = value.IndexOf(';', StringComparison.Ordinal);
        return semi is > 0 and < 16 && !value[..semi].Contains(' ', StringComparison.Ordinal) ? value[(semi + 1)..].Trim() : value;
    }

    private static string? DiagnosticType(string? value)
    {
        var semi = value?.IndexOf(';', StringComparison.Ordinal) ?? -1;
        return semi is > 0 and < 16 ? value![..semi].Trim().ToUpperInvariant() : null;
    }

    private static string? FirstToken(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var end = value.AsSpan().IndexOfAny(' ', '\t', '(');
        return end < 0 ? value : value[..end];
    }
}
