using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Teams.Connector;

/// <summary>
/// A conversation's <c>serviceUrl</c> is a base the Connector paths are appended to, so it must be an absolute
/// http(s) URL and nothing else: a <c>#fragment</c> or <c>?query</c> would swallow the appended path (the call would
/// go to the base itself), and user info has no place in it.
/// </summary>
public static class ServiceUrls
{
    public static bool IsUsable([NotNullWhen(true)] string? serviceUrl) =>
        serviceUrl is not null && serviceUrl.AsSpan().IndexOfAny('#', '?') < 0
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0;

    /// <summary><paramref name="path"/> under <paramref name="serviceUrl"/>, or null when the service URL is not usable.</summary>
    public static Uri? Combine(string serviceUrl, string path) =>
        IsUsable(serviceUrl) ? new Uri(serviceUrl.TrimEnd('/') + "/" + path) : null;
}
