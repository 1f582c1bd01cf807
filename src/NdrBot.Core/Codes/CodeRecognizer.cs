using System.Buffers;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Codes;

/// <summary>
/// Finds delivery status codes in free chat text. A hand-written linear scanner (no regex), so every input is
/// answered in time proportional to its length. Never throws for any input.
/// </summary>
public sealed class CodeRecognizer(IReadOnlyList<Checklist> checklists)
{
    // Note: one vectorised pass finds whether any keyword occurs at all (almost no text has one); under invariant
    // globalization each Contains(…, OrdinalIgnoreCase) was a scalar pass of its own, one per keyword.
    private readonly SearchValues<string> anyKeyword =
        SearchValues.Create([.. checklists.SelectMany(c => c.Keywords).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

    /// <summary>Text beyond this many characters is not scanned (the result says it was truncated).</summary>
    public const int MaxInputChars = 1 << 20;

    private const int MaxMentions = 200;
    private const int MaxContext = 300;

    public CodeRecognizer()
        : this(CodeCatalogue.Default.Checklists)
    {
    }

    public RecognitionResult Recognize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return RecognitionResult.Empty;
        }

        var truncated = text.Length > MaxInputChars;
        var span = truncated ? text.AsSpan(0, MaxInputChars) : text.AsSpan();
        var mentions = new List<CodeMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var statusSpans = new List<(int Start, int End)>();

        foreach (var found in EnhancedCodeScanner.Scan(span))
        {
            statusSpans.Add((found.ReplyStart ?? found.Start, found.End));
            var status = span[found.Start..found.End].ToString().ToLowerInvariant();
            var reply = found.ReplyStart is { } r ? span.Slice(r, 3).ToString() : null;
            if (seen.Add(status) && mentions.Count < MaxMentions)
            {
                mentions.Add(new CodeMention(status, reply, found.ReplyStart ?? found.Start, LineAround(span, found.Start)));
            }
        }

        foreach (var replyStart in ReplyCodeScanner.Scan(span, statusSpans))
        {
            var reply = span.Slice(replyStart, 3).ToString();
            if (seen.Add("|" + reply) && !mentions.Any(m => m.ReplyCode == reply) && mentions.Count < MaxMentions)
            {
                mentions.Add(new CodeMention(null, reply, replyStart, LineAround(span, replyStart)));
            }
        }

        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new RecognitionResult(mentions, FindChecklists(span), truncated);
    }

    /// <summary>
    /// Only the checklists whose keywords occur (no code scan): for callers that already know the codes.
    /// </summary>
    public IReadOnlyList<string> FindChecklistIds(string? text) =>
        string.IsNullOrEmpty(text) ? [] : FindChecklists(text.AsSpan(0, Math.Min(text.Length, MaxInputChars)));

    private List<string> FindChecklists(ReadOnlySpan<char> text)
    {
        var ids = new List<string>();
        if (!text.ContainsAny(anyKeyword))
        {
            return ids;
        }

        foreach (var checklist in checklists)
        {
            foreach (var keyword in checklist.Keywords)
            {
                if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
                {
                    ids.Add(checklist.Id);
                    break;
                }
            }
        }

        return ids;
    }

    private static string LineAround(ReadOnlySpan<char> text, int index)
    {
        var start = text[..index].LastIndexOfAny('\n', '\r') + 1;
        var endOffset = text[index..].IndexOfAny('\n', '\r');
        var end = endOffset < 0 ? text.Length : index + endOffset;
        var line = text[start..end].Trim();
        return (line.Length > MaxContext ? line[..MaxContext] : line).ToString();
    }
}
