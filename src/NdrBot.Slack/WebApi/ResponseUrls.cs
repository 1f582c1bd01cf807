namespace NdrBot.Slack.WebApi;

/// <summary>
/// Which <c>response_url</c>s NdrBot may POST to. The URL arrives inside a signed request, but a signed request is
/// only as trustworthy as whoever holds the signing secret, and following any URL would let them make NdrBot call
/// internal addresses (cloud metadata, private services). Slack's are on <c>https://hooks.slack.com/</c>; the
/// configured Web API's own scheme, host and port are allowed too, so a local fake can stand in for both.
/// </summary>
public static class ResponseUrls
{
    public const string SlackHooksHost = "hooks.slack.com";

    public static bool IsAllowed(Uri url, Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        if (!url.IsAbsoluteUri || url.UserInfo.Length > 0)
        {
            return false;
        }

        return (url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort && string.Equals(url.Host, SlackHooksHost, StringComparison.OrdinalIgnoreCase))
            || Uri.Compare(url, apiBaseUrl, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
