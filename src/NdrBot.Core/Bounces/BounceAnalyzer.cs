using System.Buffers;
using System.Text;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Bounces;

/// <summary>
/// Reads a whole message (bytes, a stream, or text that starts with headers) or a pasted fragment of a bounce and
/// reports each recipient it fails. Bounded by <see cref="BounceAnalyzerOptions"/>; never throws for any input.
/// </summary>
public sealed class BounceAnalyzer
{
    /// <summary>NUL and the C0 controls other than tab, LF, FF, CR and ESC (ISO-2022-JP shifts with ESC).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1c, 0x1d, 0x1e, 0x1f]);

    private readonly BounceAnalyzerOptions _options;
    private readonly MessageAnalysis _messages;
    private readonly PasteAnalysis _pastes;

    public BounceAnalyzer(CodeCatalogue catalogue, BounceAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);

        // Note: bounces from Japanese, Chinese and older Windows systems declare ISO-2022-JP, Shift_JIS, GB2312,
        // windows-1252, iso-8859-15… which .NET only decodes with the code-page provider. Without it MimeKit
        // throws and catches NotSupportedException per part and falls back to a wrong decoding. Registering the
        // same provider again is a no-op, so every analyser may do it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _options = options ?? BounceAnalyzerOptions.Default;
        var builder = new ReportBuilder(catalogue);
        _messages = new MessageAnalysis(builder, _options);
        _pastes = new PasteAnalysis(builder, _options);
    }

    public BounceAnalyzer()
        : this(CodeCatalogue.Default)
    {
    }

    public BounceReport Analyze(byte[]? message)
    {
        if (message is null)
        {
            return BounceReport.NotBounce();
        }

        // Note: the analysis only reads the bytes, so an array within the limit is used as it is, not copied.
        return message.Length > _options.MaxInputBytes ? Analyze(message.AsSpan()) : Guard(message, []);
    }

    public BounceReport Analyze(ReadOnlySpan<byte> message)
    {
        var notices = new List<string>();
        var length = message.Length;
        if (length > _options.MaxInputBytes)
        {
            length = _options.MaxInputBytes;
            notices.Add(CutNotice());
        }

        return Guard(message[..length].ToArray(), notices);
    }

    public BounceReport Analyze(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var notices = new List<string>();
        byte[] data;
        try
        {
            data = ReadBounded(stream, notices);
        }
        catch (IOException ex)
        {
            return BounceReport.NotBounce("The message could not be read: " + ex.Message);
        }

        return Guard(data, notices);
    }

    /// <summary>Pasted text: a whole message when it starts with headers, otherwise the visible text of a bounce.</summary>
    public BounceReport AnalyzeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BounceReport.NotBounce();
        }

        var notices = new List<string>();
        if (text.Length > _options.MaxInputBytes)
        {
            text = text[.._options.MaxInputBytes];
            notices.Add(CutNotice());
        }

        try
        {
            return MessageSniffer.LooksLikeMessage(text)
                ? _messages.Analyze(Encoding.UTF8.GetBytes(text), notices)
                : _pastes.Analyze(text, notices);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException or IndexOutOfRangeException)
        {
            return BounceReport.NotBounce([.. notices, "The text could not be read as a bounce: " + ex.GetType().Name]);
        }
    }

    /// <summary>
    /// True when the bytes open with RFC 5322 header fields (a whole message such as an .eml), false for a pasted
    /// fragment. Only the first 8 KiB are read.
    /// </summary>
    public static bool LooksLikeMessage(ReadOnlySpan<byte> data) =>
        MessageSniffer.LooksLikeMessage(Encoding.Latin1.GetString(data[..Math.Min(data.Length, 8192)]));

    /// <summary>Unprintable bytes in the first 8 KiB beyond this share mean the input is not mail at all.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> data)
    {
        var sample = data[..Math.Min(data.Length, 8192)];

        // Note: mail almost never holds a control byte, so one vectorised search settles most inputs.
        var first = sample.IndexOfAny(ControlBytes);
        if (first < 0)
        {
            return false;
        }

        var bad = 0;
        for (var rest = sample[first..]; rest.Length > 0;)
        {
            var at = rest.IndexOfAny(ControlBytes);
            if (at < 0)
            {
                break;
            }

            bad++;
            rest = rest[(at + 1)..];
        }

        return bad * 20 > sample.Length;
    }

    private BounceReport Guard(byte[] data, List<string> notices)
    {
        try
        {
            return _messages.Analyze(data, notices);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException or IndexOutOfRangeException or IOException)
        {
            return BounceReport.NotBounce([.. notices, "The message could not be read as a bounce: " + ex.GetType().Name]);
        }
    }

    private byte[] ReadBounded(Stream stream, List<string> notices)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= _options.MaxInputBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > _options.MaxInputBytes)
        {
            notices.Add(CutNotice());
            buffer.SetLength(_options.MaxInputBytes);
        }

        return buffer.ToArray();
    }

    private string CutNotice() => $"The input was longer than {_options.MaxInputBytes:N0} bytes; only the first {_options.MaxInputBytes:N0} were read.";
}
