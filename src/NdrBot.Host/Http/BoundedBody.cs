using System.Buffers;
using System.IO.Pipelines;

namespace NdrBot.Host.Http;

/// <summary>Reads a request body up to a limit; Teams and Slack payloads are small, so anything bigger is refused (413).</summary>
internal static class BoundedBody
{
    /// <summary>256 KiB: far above any chat payload, including a pasted bounce.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The body, or null when it is over <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// The body is read from the request's pipe, which holds only the bytes that have arrived: a client that announces
    /// 256 KiB and then trickles (Slack bodies are read before their signature can be checked) costs what it sent, and
    /// a Content-Length over the limit is refused before anything is read.
    /// Note: <paramref name="cancellationToken"/> (the request's deadline) ends a pending read through
    /// <see cref="PipeReader.CancelPendingRead"/>, and the cancelled read is handed back (AdvanceTo) before
    /// throwing. A read ended by the token itself would leave Kestrel's body reader marked busy, and Kestrel would
    /// then log an error when it drains the rest of the body after the 408.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        using var deadline = cancellationToken.Register(static r => ((PipeReader)r!).CancelPendingRead(), reader);
        while (true)
        {
            var result = await reader.ReadAsync(CancellationToken.None);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCanceled)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                cancellationToken.ThrowIfCancellationRequested();
                continue;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
