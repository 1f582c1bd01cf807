namespace NdrBot.Core.Bounces;

/// <summary>
/// Unfolds header fields folded over very many lines before MimeKit reads them. MimeKit grows its header buffer by
/// at most 64 bytes a folded line, so one field folded over thousands of lines costs time and memory quadratic in
/// its length (fuzzing: an 80 KB folded field allocated 47 MB, a 256 KiB one would cost ~0.5 GB). Joining the
/// lines past the first <see cref="KeptFolds"/> is RFC 5322 §2.2.3 unfolding, so the field's value is unchanged.
/// Header blocks are the message's own and those after a line starting with <c>--</c> (MIME part headers).
/// </summary>
internal static class HeaderFolds
{
    public const int KeptFolds = 64;

    /// <summary>The input itself when no field is folded more than <see cref="KeptFolds"/> times, else an unfolded copy.</summary>
    public static byte[] Limit(byte[] data, int start)
    {
        var drops = ExcessLineBreaks(data, start);
        if (drops.Count == 0)
        {
            return data;
        }

        var result = new byte[data.Length - drops.Sum(d => d.Length)];
        var from = 0;
        var to = 0;
        foreach (var (at, length) in drops)
        {
            Array.Copy(data, from, result, to, at - from);
            to += at - from;
            from = at + length;
        }

        Array.Copy(data, from, result, to, data.Length - from);
        return result;
    }

    private static List<(int At, int Length)> ExcessLineBreaks(byte[] data, int start)
    {
        var drops = new List<(int At, int Length)>();
        var inHeaders = true;
        var folds = 0;
        var previousBreak = (At: -1, Length: 0);
        for (var line = start; line < data.Length;)
        {
            var newline = Array.IndexOf(data, (byte)'\n', line);
            var end = newline < 0 ? data.Length : newline;
            var content = end > line && data[end - 1] == '\r' ? end - 1 : end;
            if (inHeaders && content == line)
            {
                inHeaders = false;
            }
            else if (inHeaders && data[line] is (byte)' ' or (byte)'\t')
            {
                if (++folds > KeptFolds && previousBreak.At >= 0)
                {
                    drops.Add(previousBreak);
                }
            }
            else
            {
                folds = 0;
                inHeaders |= content - line >= 2 && data[line] == '-' && data[line + 1] == '-';
            }

            previousBreak = (content, end - content + (newline < 0 ? 0 : 1));
            line = end + 1;
        }

        return drops;
    }
}
