using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks.Evidence;

/// <summary>
/// Finds domain names in free text: the domain of each e-mail address and each bare host name, in order. Tokens
/// that are part of a URL, IP addresses and names with a numeric last label are skipped.
/// </summary>
internal static class DomainScanner
{
    public const int MaxTokens = 2000;

    public static IEnumerable<string> Scan(string text)
    {
        foreach (var token in text.Split([' ', '\t', '\r', '\n', '<', '>', '[', ']', '(', ')', '"', '\'', ',', ';', '='], StringSplitOptions.RemoveEmptyEntries).Take(MaxTokens))
        {
            if (token.Contains("://", StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            var at = token.LastIndexOf('@');
            var candidate = (at >= 0 ? token[(at + 1)..] : token).TrimEnd('.', ':', '?', '!');
            if (DnsNames.Normalize(candidate) is { } domain && domain.Any(char.IsAsciiLetter))
            {
                yield return domain;
            }
        }
    }

    /// <summary>The domain of an address (<c>Jane &lt;jane@contoso.com&gt;</c>, <c>rfc822; jane@contoso.com</c>), or null.</summary>
    public static string? OfAddress(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }

        var end = at + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_'))
        {
            end++;
        }

        return DnsNames.Normalize(text[(at + 1)..end]);
    }
}
