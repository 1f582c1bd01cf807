using System.Text;
using NdrBot.Core.Text;

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
            Diagnostic = diagnostic is null ? "" : TextTools.Collapse(MultilineReply.Join(diagnostic)),
            Command = CommandDetector.Find(diagnostic),
            Context = TextTools.Collapse(diagnostic, 4000),
            DiagnosticType = DiagnosticType(Get(fields, "diagnostic-code")),
            StatedCategory = Get(fields, PowerMtaField),
        };
    }

    /// <summary>How many different recipients the field blocks in <paramref name="text"/> name, with no cap.</summary>
    public static int CountRecipients(string text) =>
        Read(text, int.MaxValue, blankLineEndsGroup: false).Select(ToEvidence).Select(e => e?.Recipient).OfType<string>().Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The one reader of RFC 3464 field blocks, for a <c>message/delivery-status</c> body, DSN fields written into
    /// report text, ARF fields and pasted fields alike: <c>Name: value</c> lines, folded continuation lines joined,
    /// names in lower case (aliases resolved), in dictionaries that ignore case. A new recipient group starts at a
    /// field the group already has, at a recipient field once the group names one (some MTAs, AOL among them, leave
    /// out the blank line between recipients), and, where <paramref name="blankLineEndsGroup"/> (a delivery-status
    /// body, RFC 3464 §2.1), at a blank line. Lines that are not fields are passed over.
    /// </summary>
    public static List<Dictionary<string, string>> Read(string text, int maxGroups, bool blankLineEndsGroup)
    {
        var groups = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        string? lastName = null;
        StringBuilder? folded = null;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (!line.IsEmpty && line[0] is ' ' or '\t' && current is not null && lastName is not null)
            {
                // Note: gathered in a builder; appending to the string was quadratic in a field folded over
                // thousands of lines (fuzzing: a 127 KB folded paste allocated 217 MB).
                (folded ??= new StringBuilder(current[lastName])).Append(' ').Append(line.Trim());
                continue;
            }

            line = line.TrimStart();

            Unfold(current, lastName, ref folded);
            if (line.IsEmpty && blankLineEndsGroup)
            {
                (current, lastName) = (null, null);
                continue;
            }

            var colon = line.IndexOf(':');
            var name = colon is > 0 and <= 30 ? Alias(TextTools.Lower(line[..colon].Trim())) : null;
            if (name is null)
            {
                lastName = null;
                continue;
            }

            if (current is null || current.ContainsKey(name) || StartsNextRecipient(current, name))
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

    /// <summary>
    /// A recipient field that belongs to the next recipient: the group already names a recipient and gives its
    /// Status (the field every recipient group has). Fields come in any order before that: RFC 3464 puts
    /// Original-Recipient first, Postfix Final-Recipient, Amazon SES opens with Action.
    /// </summary>
    private static bool StartsNextRecipient(Dictionary<string, string> current, string name) =>
        name is "original-recipient" or "final-recipient"
        && (current.ContainsKey("final-recipient") || current.ContainsKey("original-recipient"))
        && current.ContainsKey("status");

    private static void Unfold(Dictionary<string, string>? current, string? name, ref StringBuilder? folded)
    {
        if (folded is not null && current is not null && name is not null)
        {
            current[name] = folded.ToString();
        }

        folded = null;
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
