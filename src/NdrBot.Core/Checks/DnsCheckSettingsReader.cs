using System.Globalization;
using System.Net;

namespace NdrBot.Core.Checks;

/// <summary>
/// Reads <c>Diagnostics:Dns</c> from flat configuration pairs, so the host (its configuration's
/// <c>AsEnumerable()</c>) and the CLI (environment variables, <c>Diagnostics__Dns__Servers=127.0.0.1:5353</c>) read
/// the same keys the same way. Keys are case-insensitive and <c>__</c> stands for <c>:</c>. Lists are given either
/// as one comma-separated value (<c>Servers=10.0.0.53,10.0.0.54</c>) or indexed (<c>Servers:0</c>, <c>Servers:1</c>).
/// <c>Blocklists</c> is either zone names (the shipped meanings are used for known zones; an empty value means
/// none) or full entries (<c>Blocklists:0:Zone</c>, <c>:Name</c>, <c>:Ipv6</c>, <c>:Removal</c>,
/// <c>:Codes:127.0.0.2</c>, <c>:Errors:127.255.255.254</c>).
/// </summary>
public static class DnsCheckSettingsReader
{
    private const string Prefix = DnsCheckSettings.Section + ":";

    public static DnsCheckSettingsResult Read(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs)
        {
            var normal = key.Replace("__", ":", StringComparison.Ordinal);
            if (normal.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                values[normal[Prefix.Length..]] = value;
            }
        }

        var errors = new List<string>();
        var settings = new DnsCheckSettings
        {
            Enabled = Bool(values, "Enabled", true, errors),
            Servers = Servers(values, errors),
            Blocklists = Blocklists(values, errors),
            Timeout = TimeSpan.FromMilliseconds(Int(values, "TimeoutMs", 1000, 50, 30_000, errors)),
            Budget = TimeSpan.FromMilliseconds(Int(values, "BudgetMs", 2000, 100, 60_000, errors)),
            MaxLookupsPerMinute = Int(values, "MaxLookupsPerMinute", 600, 1, 1_000_000, errors),
            MaxChecks = Int(values, "MaxChecks", 12, 1, 100, errors),
        };
        return errors.Count == 0 ? new DnsCheckSettingsResult(settings, []) : new DnsCheckSettingsResult(null, errors);
    }

    private static List<IPEndPoint> Servers(Dictionary<string, string?> values, List<string> errors)
    {
        var servers = new List<IPEndPoint>();
        foreach (var text in List(values, "Servers"))
        {
            if (TryEndPoint(text, out var endPoint))
            {
                servers.Add(endPoint);
            }
            else
            {
                errors.Add($"{Prefix}Servers: '{text}' is not an IP address with an optional port (127.0.0.1:5353, [::1]:53)");
            }
        }

        return servers;
    }

    private static bool TryEndPoint(string text, out IPEndPoint endPoint)
    {
        if (IPAddress.TryParse(text, out var address) && !text.StartsWith('['))
        {
            endPoint = new IPEndPoint(address, 53);
            return true;
        }

        return IPEndPoint.TryParse(text, out endPoint!) && endPoint.Port != 0;
    }

    private static IReadOnlyList<BlocklistZone> Blocklists(Dictionary<string, string?> values, List<string> errors)
    {
        var entries = Indices(values, "Blocklists").Select(i => Entry(values, $"Blocklists:{i}:")).ToList();
        IReadOnlyList<BlocklistZone> zones;
        if (entries.Count > 0)
        {
            zones = entries;
        }
        else if (values.TryGetValue("Blocklists", out var plain))
        {
            zones = [.. Split(plain).Select(BlocklistCatalogue.ForZone)];
        }
        else
        {
            return BlocklistCatalogue.Default;
        }

        errors.AddRange(BlocklistCatalogue.Validate(zones).Select(e => Prefix + "Blocklists: " + e));
        return zones;
    }

    private static BlocklistZone Entry(Dictionary<string, string?> values, string at)
    {
        var zone = values.GetValueOrDefault(at + "Zone")?.Trim() ?? "";
        var known = BlocklistCatalogue.ForZone(zone);
        var codes = Map(values, at + "Codes:");
        var listErrors = Map(values, at + "Errors:");
        return known with
        {
            Name = values.GetValueOrDefault(at + "Name") is { Length: > 0 } name ? name : known.Name,
            Codes = codes.Count > 0 ? codes : known.Codes,
            Errors = listErrors.Count > 0 ? listErrors : known.Errors,
            Ipv6 = values.TryGetValue(at + "Ipv6", out var v6) ? bool.TryParse(v6, out var b) && b : known.Ipv6,
            Removal = values.GetValueOrDefault(at + "Removal") ?? known.Removal,
        };
    }

    private static Dictionary<string, string> Map(Dictionary<string, string?> values, string at) =>
        values.Where(p => p.Key.StartsWith(at, StringComparison.OrdinalIgnoreCase) && p.Value is not null)
            .ToDictionary(p => p.Key[at.Length..], p => p.Value!, StringComparer.Ordinal);

    private static IEnumerable<int> Indices(Dictionary<string, string?> values, string name) =>
        values.Keys
            .Where(k => k.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(k => k[(name.Length + 1)..].Split(':')[0])
            .Select(i => int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0)
            .Distinct()
            .Order();

    private static IEnumerable<string> List(Dictionary<string, string?> values, string name)
    {
        var indexed = Indices(values, name).Select(i => values.GetValueOrDefault($"{name}:{i}")).OfType<string>().SelectMany(Split).ToList();
        return indexed.Count > 0 ? indexed : Split(values.GetValueOrDefault(name));
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Bool(Dictionary<string, string?> values, string name, bool fallback, List<string> errors)
    {
        if (!values.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        errors.Add($"{Prefix}{name}: '{text}' is not true or false");
        return fallback;
    }

    private static int Int(Dictionary<string, string?> values, string name, int fallback, int min, int max, List<string> errors)
    {
        if (!values.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add($"{Prefix}{name}: '{text}' is not a whole number from {min} to {max}");
        return fallback;
    }
}
