namespace NdrBot.Host.Http;

/// <summary>Reads a request body up to a limit; Teams and Slack payloads are small, so anything bigger is refused (413).</summary>
internal static class BoundedBody
{
    /// <summary>256 KiB: far above any chat payload, including a pasted bounce.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The body, or null when it is over <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
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
}
