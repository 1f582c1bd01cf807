using System.Text;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Bounces;

/// <summary>
/// Reads a whole message (bytes, a stream, or text that starts with headers) or a pasted fragment of a bounce and
/// reports each recipient it fails. Bounded by <see cref="BounceAnalyzerOptions"/>; never throws for any input.
/// </summary>
public sealed class BounceAnalyzer
{
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
        var bad = 0;
        foreach (var b in sample)
        {
            if (b == 0 || (b < 0x20 && b is not ((byte)'\r' or (byte)'\n' or (byte)'\t' or 0x0c or 0x1b)))
            {
                bad++;
            }
        }

        return sample.Length > 0 && bad * 20 > sample.Length;
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
