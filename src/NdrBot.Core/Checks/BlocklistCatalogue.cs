using System.Net;
using System.Text.Json;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>The blocklists shipped in <c>blocklists.json</c> (the default set), read and validated once.</summary>
public static class BlocklistCatalogue
{
    private const string ResourceName = "NdrBot.Core.blocklists.json";

    private static readonly Lazy<IReadOnlyList<BlocklistZone>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<BlocklistZone> Default => Embedded.Value;

    /// <summary>The shipped entry for <paramref name="zone"/>, or a plain one that reads any 127.0.0.x answer as "listed".</summary>
    public static BlocklistZone ForZone(string zone) =>
        Default.FirstOrDefault(b => string.Equals(b.Zone, zone, StringComparison.OrdinalIgnoreCase)) ?? new BlocklistZone { Zone = zone, Name = zone };

    /// <summary>Problems with a list of zones; empty when every zone is usable.</summary>
    public static IReadOnlyList<string> Validate(IEnumerable<BlocklistZone> zones)
    {
        var errors = new List<string>();
        foreach (var zone in zones)
        {
            if (DnsNames.Normalize(zone.Zone) is null)
            {
                errors.Add($"blocklist zone '{zone.Zone}' is not a valid domain name");
            }

            foreach (var (code, meaning) in zone.Codes.Concat(zone.Errors))
            {
                if (!IPAddress.TryParse(code, out var address) || !IpRanges.InPrefix(address, IPAddress.Loopback, 8))
                {
                    errors.Add($"blocklist {zone.Zone}: answer code '{code}' is not an address in 127.0.0.0/8");
                }

                if (string.IsNullOrWhiteSpace(meaning))
                {
                    errors.Add($"blocklist {zone.Zone}: answer code '{code}' has no meaning");
                }
            }
        }

        return errors;
    }

    private static IReadOnlyList<BlocklistZone> LoadEmbedded()
    {
        using var stream = typeof(BlocklistCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var document = JsonSerializer.Deserialize(stream, BlocklistJsonContext.Default.BlocklistDocument)
            ?? throw new InvalidOperationException("blocklists.json is empty");
        var errors = Validate(document.Blocklists);
        return errors.Count == 0 ? document.Blocklists : throw new InvalidOperationException("blocklists.json: " + string.Join("; ", errors));
    }
}
