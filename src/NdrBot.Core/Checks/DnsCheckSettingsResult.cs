namespace NdrBot.Core.Checks;

/// <summary>Settings read from configuration, or what was wrong with them.</summary>
public sealed record DnsCheckSettingsResult(DnsCheckSettings? Settings, IReadOnlyList<string> Errors);
