namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Exchange's bracketed diagnostic fields (<c>[Message=…]</c>, <c>[LastAttemptedServerName=…]</c>,
/// <c>[LastAttemptedIP=…]</c>): the history of the last delivery attempt that Exchange and Exchange Online append
/// after a recipient's own status in an NDR.
/// </summary>
internal static class HistoryFields
{
    private const int MaxName = 40;

    /// <summary>
    /// The text with the inside of every bracketed <c>[Name=…]</c> field blanked out (same length, so positions hold),
    /// or null when the text has no such field.
    /// </summary>
    public static string? Mask(string text)
    {
        char[]? masked = null;
        var at = text.IndexOf('[', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < text.Length)
        {
            var nameEnd = NameEnd(text, at + 1);
            var close = nameEnd < 0 ? -1 : text.IndexOf(']', nameEnd);
            if (close < 0)
            {
                at = text.IndexOf('[', at + 1);
                continue;
            }

            masked ??= text.ToCharArray();
            Array.Fill(masked, ' ', at + 1, close - at - 1);
            at = text.IndexOf('[', close);
        }

        return masked is null ? null : new string(masked);
    }

    /// <summary>The index of the '=' closing a field name that starts at <paramref name="start"/>, or -1.</summary>
    private static int NameEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < MaxName && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == '=' ? i : -1;
    }
}
