using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Speaks HTTP/1.1 over a socket, byte for byte, so a test can send what no well-behaved client would: a
/// Content-Length that lies, a body that stops early, chunks past the limit.
/// </summary>
internal static class RawHttp
{
    /// <summary>The server closed the connection without answering.</summary>
    public const int Dropped = 0;

    /// <summary>
    /// Sends <paramref name="head"/> and <paramref name="body"/>, optionally half-closes, and returns the status code,
    /// or <see cref="Dropped"/> when the server closes the connection without a status line.
    /// </summary>
    public static async Task<int> SendAsync(Uri server, string head, byte[] body, bool closeAfterSending)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        try
        {
            await stream.WriteAsync(body);
        }
        catch (IOException)
        {
            // Note: the server may answer 413 and close before the whole body is written; the status is still readable.
        }

        if (closeAfterSending)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[1024];
        int read;
        try
        {
            read = await stream.ReadAtLeastAsync(buffer, 12, throwOnEndOfStream: false, timeout.Token);
        }
        catch (IOException)
        {
            read = 0;
        }

        var statusLine = Encoding.ASCII.GetString(buffer, 0, read);
        if (read == 0)
        {
            return Dropped;
        }

        return read >= 12 && statusLine.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)
            ? int.Parse(statusLine.AsSpan(9, 3), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("no HTTP status line: " + statusLine);
    }

    public static string Head(Uri server, string route, string contentType, string framing, string? extraHeaders = null) =>
        $"POST {route} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: {contentType}\r\n{framing}{extraHeaders}\r\n";

    /// <summary>The body as HTTP/1.1 chunks of 16 KiB, with the closing zero chunk.</summary>
    public static byte[] Chunks(byte[] body)
    {
        using var output = new MemoryStream();
        for (var at = 0; at < body.Length; at += 16 * 1024)
        {
            var size = Math.Min(16 * 1024, body.Length - at);
            output.Write(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            output.Write(body, at, size);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
