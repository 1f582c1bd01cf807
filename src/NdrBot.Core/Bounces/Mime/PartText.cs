using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MimeKit;

namespace NdrBot.Core.Bounces.Mime;

/// <summary>
/// The decoded text of a MIME part, read into a pooled buffer and decoded once. Does what
/// <see cref="TextPart.Text"/> does for a report (declared charset, else UTF-8 when the bytes are valid UTF-8,
/// else Latin-1) without its intermediate streams and copies, which were a third of a typical analysis's allocations.
/// </summary>
internal static class PartText
{
    private const int MaxBytes = 4 << 20;

    public static string Read(MimePart part)
    {
        if (part.Content is not { } content)
        {
            return "";
        }

        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            using var stream = content.Open();
            var length = 0;
            int read;
            while (length < MaxBytes && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }

            var bytes = buffer.AsSpan(0, length);
            return EncodingFor(part.ContentType.Charset, bytes).GetString(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Encoding EncodingFor(string? charset, ReadOnlySpan<byte> bytes)
    {
        // Note: "us-ascii" parts often carry 8-bit text anyway; ASCII decoding would turn it into '?'.
        if (!string.IsNullOrWhiteSpace(charset) && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.GetEncoding(charset.Trim());
            }
            catch (ArgumentException)
            {
                // Note: an unknown or misspelt charset ("UFT-8", lhost-x3-05) falls back to what the bytes look like.
            }
            catch (NotSupportedException)
            {
                // Note: UTF-7 ("unicode-1-1-utf-7", Outlook) is disabled in .NET; the bytes are read as below.
            }
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.Latin1;
    }
}
