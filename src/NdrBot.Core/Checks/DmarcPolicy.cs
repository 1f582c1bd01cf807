namespace NdrBot.Core.Checks;

/// <summary>The tags of a DMARC record that decide what receivers do (RFC 7489 §6.3).</summary>
internal sealed record DmarcPolicy(string? Policy, string? SubdomainPolicy, bool StrictSpf, bool StrictDkim, int Percent, bool Reports)
{
    /// <summary>The record's tags, or null when it is not a DMARC record (it must start with <c>v=DMARC1</c>).</summary>
    public static DmarcPolicy? Parse(string record)
    {
        var tags = record.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(t => t.Length == 2)
            .GroupBy(t => t[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        if (!tags.TryGetValue("v", out var version) || version != "DMARC1")
        {
            return null;
        }

        var percent = tags.TryGetValue("pct", out var pct) && int.TryParse(pct, out var p) && p is >= 0 and <= 100 ? p : 100;
        return new DmarcPolicy(
            Known(tags.GetValueOrDefault("p")),
            Known(tags.GetValueOrDefault("sp")),
            tags.GetValueOrDefault("aspf") is "s",
            tags.GetValueOrDefault("adkim") is "s",
            percent,
            tags.ContainsKey("rua"));
    }

    public static bool IsDmarc(string text) => text.StartsWith("v=DMARC1", StringComparison.Ordinal);

    private static string? Known(string? policy) => policy?.ToLowerInvariant() is "none" or "quarantine" or "reject" ? policy.ToLowerInvariant() : null;
}
