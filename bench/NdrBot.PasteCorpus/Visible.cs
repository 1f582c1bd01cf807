namespace NdrBot.PasteCorpus;

/// <summary>Whether a paste shows an address or a code, so a score only asks for what the reader can see.</summary>
internal static class Visible
{
    public static bool Address(string text, string address) =>
        address.Length > 0 && text.Contains(address, StringComparison.OrdinalIgnoreCase);

    /// <summary>The code as a token of its own: "5.1.1" is not shown by "5.1.10" or "15.1.1".</summary>
    public static bool Code(string text, string code)
    {
        for (var at = text.IndexOf(code, StringComparison.Ordinal); at >= 0; at = text.IndexOf(code, at + 1, StringComparison.Ordinal))
        {
            var end = at + code.Length;
            var before = at == 0 || !(char.IsDigit(text[at - 1]) || text[at - 1] == '.');
            var after = end == text.Length || !(char.IsDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])));
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
