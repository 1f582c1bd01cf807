namespace NdrBot.Core.Bounces.Mime;

/// <summary>
/// Bounds header fields before MimeKit reads them. MimeKit grows its header buffer by what each read adds (rounded
/// to 64 bytes), so a field that arrives in many pieces, folded over thousands of lines or one line of hundreds of
/// kilobytes, costs time and memory quadratic in its length (fuzzing: an 80 KB folded field allocated 47 MB, a
/// 640 KB one 0.5 GB). Folds past the first <see cref="KeptFolds"/> are joined (RFC 5322 §2.2.3 unfolding: the value is
/// unchanged) and a field is cut after <see cref="MaxFieldChars"/>. Header blocks are the message's own and those
/// after a line starting with <c>--</c> (MIME part headers); bodies are copied as they are.
/// </summary>
internal static class HeaderFolds
{
    public const int KeptFolds = 64;

    /// <summary>Far beyond any real field (Received chains, DKIM, long To lists stay well under it).</summary>
    public const int MaxFieldChars = 32 * 1024;

    /// <summary>The input itself when every field is within the limits, else a bounded copy.</summary>
    public static byte[] Limit(byte[] data, int start)
    {
        if (!Walk(data, start, null))
        {
            return data;
        }

        using var output = new MemoryStream(data.Length);
        Walk(data, start, output);
        return output.ToArray();
    }

    /// <summary>Reads the message line by line; writes the bounded form when given a stream; true when it differs.</summary>
    private static bool Walk(byte[] data, int start, MemoryStream? output)
    {
        output?.Write(data, 0, start);
        var changed = false;
        var inHeaders = true;
        var folds = 0;
        var field = 0;
        var pending = (At: 0, Length: 0);
        for (var line = start; line < data.Length;)
        {
            var newline = Array.IndexOf(data, (byte)'\n', line);
            var end = newline < 0 ? data.Length : newline + 1;
            var content = newline < 0 ? end : (newline > line && data[newline - 1] == '\r' ? newline - 1 : newline);
            var length = content - line;
            var take = length;
            if (inHeaders && length > 0 && data[line] is (byte)' ' or (byte)'\t')
            {
                take = Math.Min(length, MaxFieldChars - field);
                var join = ++folds > KeptFolds;
                changed |= join || take < length;
                if (take <= 0)
                {
                    line = end;
                    continue;
                }

                Write(output, data, join ? (0, 0) : pending);
            }
            else
            {
                Write(output, data, pending);
                folds = 0;
                field = 0;
                if (inHeaders && length > MaxFieldChars)
                {
                    take = MaxFieldChars;
                    changed = true;
                }

                inHeaders = inHeaders ? length > 0 : length >= 2 && data[line] == '-' && data[line + 1] == '-';
            }

            Write(output, data, (line, take));
            field += take;
            pending = (content, end - content);
            line = end;
        }

        Write(output, data, pending);
        return changed;
    }

    private static void Write(MemoryStream? output, byte[] data, (int At, int Length) range) =>
        output?.Write(data, range.At, range.Length);
}
