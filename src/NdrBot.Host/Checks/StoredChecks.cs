using System.Text.Json;
using NdrBot.Core.Checks;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Checks;

/// <summary>A <see cref="CheckReport"/> as a case keeps it: the <c>checks</c> field of its details, in Core's check JSON.</summary>
internal static class StoredChecks
{
    public static JsonElement ToJson(CheckReport report) => JsonSerializer.SerializeToElement(report, ChecksJsonContext.Default.CheckReport);

    /// <summary>The case's stored checks; null when it has none, or they cannot be read (another build's shape).</summary>
    public static CheckReport? From(CaseDetails? details)
    {
        if (details?.Checks is not { ValueKind: JsonValueKind.Object } checks)
        {
            return null;
        }

        try
        {
            return checks.Deserialize(ChecksJsonContext.Default.CheckReport);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
