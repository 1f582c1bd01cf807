namespace NdrBot.Slack.Commands;

/// <summary>Reads <c>application/x-www-form-urlencoded</c> bodies (slash commands, the interactivity <c>payload</c>).</summary>
internal static class FormBody
{
    /// <summary>Fields by name (first value wins); malformed escapes are kept as typed rather than thrown on.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string? body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(body))
        {
            return fields;
        }

        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..]);
            fields.TryAdd(name, value);
        }

        return fields;
    }

    private static string Decode(string text)
    {
        var spaced = text.Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(spaced);
        }
        catch (UriFormatException)
        {
            return spaced;
        }
    }
}
