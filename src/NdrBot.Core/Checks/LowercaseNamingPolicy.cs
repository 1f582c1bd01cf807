using System.Text.Json;

namespace NdrBot.Core.Checks;

/// <summary>A name in lower case (<c>CouldNotCheck</c> → <c>couldnotcheck</c>).</summary>
public sealed class LowercaseNamingPolicy : JsonNamingPolicy
{
    public override string ConvertName(string name) => name.ToLowerInvariant();
}
