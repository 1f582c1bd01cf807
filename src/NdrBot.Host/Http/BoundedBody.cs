namespace NdrBot.Host.Http;

/// <summary>Reads a request body up to a limit; Teams and Slack payloads are small, so anything bigger is refused (413).</summary>
internal static class BoundedBody
{
    /// <summary>256 KiB: far above any chat payload, including a pasted bounce.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Bodies up to this size are read into one array allocated up front.</summary>
    private const int ExactReadMaxBytes = 32 * 1024;

    /// <summary>The body, or null when it is over <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// With a small Content-Length (almost every Bot Framework and Slack request) the body is read straight into an
    /// array of that size; Kestrel ends the body there, so a longer one cannot slip past. Bigger or unannounced
    /// bodies are read in chunks, so memory grows only as bytes arrive: a client that announces 256 KiB and then
    /// trickles (Slack bodies are read before their signature can be checked) holds 16 KiB, not 256.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
            {
                return null;
            }

            if (length <= ExactReadMaxBytes)
            {
                return await ReadExactlyAsync(request.Body, (int)length, cancellationToken);
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]?> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = await body.ReadAtLeastAsync(bytes, length, throwOnEndOfStream: false, cancellationToken);
        return filled == length ? bytes : bytes[..filled];
    }
}
