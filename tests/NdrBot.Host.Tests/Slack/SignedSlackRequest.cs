using System.Globalization;
using System.Text;
using NdrBot.Slack.Signing;

namespace NdrBot.Host.Tests.Slack;

/// <summary>Builds requests the way Slack sends them: raw body, <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature</c>.</summary>
internal static class SignedSlackRequest
{
    public const string Json = "application/json";

    public const string Form = "application/x-www-form-urlencoded";

    public static HttpRequestMessage Create(string route, string body, string contentType, TimeSpan? age = null, string? secret = null)
    {
        var now = TimeProvider.System.GetUtcNow() - (age ?? TimeSpan.Zero);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = new SlackSignatureVerifier(secret ?? SlackHostApp.SigningSecret, TimeProvider.System).Compute(timestamp, bytes);
        var request = Unsigned(route, bytes, contentType);
        request.Headers.Add(SlackSignatureHeaders.Timestamp, timestamp);
        request.Headers.Add(SlackSignatureHeaders.Signature, signature);
        return request;
    }

    public static HttpRequestMessage Unsigned(string route, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(contentType);
        return new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
    }
}
