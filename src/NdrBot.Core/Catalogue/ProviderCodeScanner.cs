namespace NdrBot.Core.Catalogue;

/// <summary>
/// Finds provider codes (<c>TSS04</c>, <c>SC-001</c>) as whole tokens: a run of ASCII letters, digits and hyphens, so
/// <c>[TSS04]</c> and <c>(S3150)</c> count but <c>MCS01</c> or <c>S3150X</c> do not. Linear in the text.
/// </summary>
internal static class ProviderCodeScanner
{
    public const int MinLength = 3;

    public const int MaxLength = 12;

    /// <summary>Each token of a provider code's length and shape, in text order.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inToken = i < text.Length && IsTokenChar(text[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                var length = i - start;
                if (length is >= MinLength and <= MaxLength)
                {
                    yield return text.Substring(start, length);
                }

                start = -1;
            }
        }
    }

    /// <summary>True when <paramref name="code"/> occurs in the text as a whole token, ignoring case.</summary>
    public static bool Contains(string text, string code)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(code, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var end = at + code.Length;
            if ((at == 0 || !IsTokenChar(text[at - 1])) && (end == text.Length || !IsTokenChar(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The shape a provider code must have: 3-12 upper-case letters, digits and hyphens, with a letter and a digit.</summary>
    public static bool IsWellFormed(string code) =>
        code.Length is >= MinLength and <= MaxLength
        && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')
        && code.Any(char.IsAsciiLetterUpper)
        && code.Any(char.IsAsciiDigit);

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
