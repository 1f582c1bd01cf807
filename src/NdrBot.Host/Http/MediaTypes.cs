using Microsoft.Net.Http.Headers;

namespace NdrBot.Host.Http;

/// <summary>Which body formats an endpoint takes; anything else is refused with 415 before the body is read.</summary>
internal static class MediaTypes
{
    /// <summary><c>application/json</c> or a <c>+json</c> type, with any parameters (charset).</summary>
    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));

    /// <summary><c>application/x-www-form-urlencoded</c>, as Slack posts commands and interactions.</summary>
    public static bool IsForm(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
