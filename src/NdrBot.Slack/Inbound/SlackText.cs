using System.Text.RegularExpressions;

namespace NdrBot.Slack.Inbound;

/// <summary>
/// Turns Slack message markup back into what the user typed: mentions removed, <c>&lt;url|label&gt;</c> links replaced by
/// their label (Slack auto-links addresses in a pasted bounce as <c>&lt;mailto:a@b|a@b&gt;</c>), and the three
/// escaped characters decoded (<c>&amp;amp;</c> last).
/// </summary>
public static partial class SlackText
{
    public static string ToPlain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = Mention().Replace(text, string.Empty);
        plain = Link().Replace(plain, m => m.Groups["label"].Success ? m.Groups["label"].Value : Unprefixed(m.Groups["url"].Value));
        return plain.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Trim();
    }

    private static string Unprefixed(string url) =>
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;

    [GeneratedRegex(@"<[@!](?:[UWB][A-Z0-9]+|subteam\^[A-Z0-9]+|here|channel|everyone)(?:\|[^<>]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mention();

    [GeneratedRegex(@"<(?<url>(?:mailto:|https?://|tel:|#)[^<>|]*)(?:\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}
