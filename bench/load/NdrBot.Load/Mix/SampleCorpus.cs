using System.Text.RegularExpressions;

namespace NdrBot.Load.Mix;

/// <summary>
/// The message texts of the mix, read from the public bounce samples at start-up: code questions built from the
/// codes the samples carry, short pastes (a few lines around the code of an Outlook/Exchange NDR) and long pastes
/// (whole Postfix DSNs and Exchange/Outlook NDRs of a few KB).
/// </summary>
internal sealed partial record SampleCorpus(IReadOnlyList<MixMessage> Codes, IReadOnlyList<MixMessage> ShortPastes, IReadOnlyList<MixMessage> LongPastes)
{
    public const int LongPasteMinBytes = 1_500;
    public const int LongPasteMaxBytes = 16_000;

    private static readonly string[] QuestionTemplates = ["{0}", "what is {1}", "{1}", "what does {0} mean?", "we got {1} from a customer, why?"];
    private static readonly string[] OutlookNames = ["outlook", "office365", "exchange", "microsoft"];
    private static readonly string[] LongPasteNames = ["postfix", "exchange", "office365", "outlook"];

    /// <summary>Null with a reason when the folder is missing or yields an empty kind.</summary>
    public static (SampleCorpus? Corpus, string? Error) Load(string maildir)
    {
        if (!Directory.Exists(maildir))
        {
            return (null, $"sample folder not found: {maildir}");
        }

        var files = Directory.EnumerateFiles(maildir, "*.eml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}not{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .ToList();
        var corpus = new SampleCorpus(
            [.. files.SelectMany(f => CodeQuestions(f.Name, f.Text)).DistinctBy(m => m.Text)],
            [.. files.Where(f => NameHas(f.Name, OutlookNames)).Select(f => ShortPaste(f.Name, f.Text)).OfType<MixMessage>()],
            [.. files.Where(f => NameHas(f.Name, LongPasteNames) && f.Text.Length is >= LongPasteMinBytes and <= LongPasteMaxBytes)
                .Select(f => new MixMessage(MessageKind.LongPaste, f.Text, f.Name))]);
        return corpus.Codes.Count == 0 || corpus.ShortPastes.Count == 0 || corpus.LongPastes.Count == 0
            ? (null, $"too few samples in {maildir}: {corpus.Codes.Count} codes, {corpus.ShortPastes.Count} short, {corpus.LongPastes.Count} long pastes")
            : (corpus, null);
    }

    private static bool NameHas(string name, string[] parts) => parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>"550 5.1.1" style questions from each Diagnostic-Code line, "5.1.1" ones from each Status line.</summary>
    private static IEnumerable<MixMessage> CodeQuestions(string name, string text)
    {
        foreach (var m in DiagnosticCode().Matches(text).Concat(StatusLine().Matches(text)))
        {
            var status = m.Groups["status"].Value;
            var withReply = m.Groups["reply"].Success ? $"{m.Groups["reply"].Value} {status}" : status;
            var template = QuestionTemplates[(int)((uint)StableHash(withReply) % QuestionTemplates.Length)];
            yield return new MixMessage(MessageKind.Code, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, status, withReply), name);
        }
    }

    /// <summary>The line carrying the first status code of the body, with two lines either side.</summary>
    private static MixMessage? ShortPaste(string name, string text)
    {
        var bodyStart = text.IndexOf("\n\n", StringComparison.Ordinal);
        var lines = text[(bodyStart < 0 ? 0 : bodyStart)..].Split('\n');
        var hit = Array.FindIndex(lines, l => StatusCode().IsMatch(l));
        if (hit < 0)
        {
            return null;
        }

        var from = Math.Max(0, hit - 2);
        var paste = string.Join('\n', lines[from..Math.Min(lines.Length, hit + 3)].Where(l => l.Trim().Length > 0)).Trim();
        return new MixMessage(MessageKind.ShortPaste, paste, name);
    }

    private static int StableHash(string s) => s.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    [GeneratedRegex(@"(?:(?<reply>[245][0-9]{2})[ -])?(?<status>[245]\.[0-9]{1,3}\.[0-9]{1,3})\b", RegexOptions.NonBacktracking)]
    private static partial Regex StatusCode();

    [GeneratedRegex(@"^Status:[ \t]*(?<status>[245]\.[0-9]{1,3}\.[0-9]{1,3})\b", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^Diagnostic-Code:[^\n]*?(?:(?<reply>[245][0-9]{2})[ -])(?<status>[245]\.[0-9]{1,3}\.[0-9]{1,3})\b", RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex DiagnosticCode();
}
