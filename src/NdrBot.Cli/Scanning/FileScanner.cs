using System.Text;
using NdrBot.Core.Bounces;

namespace NdrBot.Cli.Scanning;

/// <summary>Reads one file (bounded) and analyses it: a whole message as bytes, anything else as pasted text.</summary>
internal sealed class FileScanner(BounceAnalyzer analyzer, BounceAnalyzerOptions options)
{
    public ScanResult Scan(ScanTarget target)
    {
        if (target.Error is not null)
        {
            return new ScanResult(target.Path, null, target.Error);
        }

        byte[] data;
        try
        {
            data = ReadBounded(target.Path, options.MaxInputBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new ScanResult(target.Path, null, ex.Message);
        }

        // Note: an .eml is always a message; a .txt is a message only when it opens with header fields.
        var asMessage = target.Path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || BounceAnalyzer.LooksLikeMessage(data);
        var report = asMessage ? analyzer.Analyze(data) : analyzer.AnalyzeText(Encoding.UTF8.GetString(data));
        return new ScanResult(target.Path, report, null);
    }

    /// <summary>At most <paramref name="limit"/> bytes, plus one so the analyser can tell that the input was cut.</summary>
    /// <remarks>Note: a bare file handle and positioned reads; a FileStream cost more system calls and objects per file.</remarks>
    private static byte[] ReadBounded(string path, int limit)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = (int)Math.Min(RandomAccess.GetLength(handle), (long)limit + 1);
        var data = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, data.AsSpan(read), read);
            if (n == 0)
            {
                return data[..read];
            }

            read += n;
        }

        return data;
    }
}
