namespace NdrBot.Core.Checks;

/// <summary>The shape of <c>blocklists.json</c>.</summary>
internal sealed record BlocklistDocument(IReadOnlyList<BlocklistZone> Blocklists);
