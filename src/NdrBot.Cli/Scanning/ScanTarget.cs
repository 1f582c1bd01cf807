namespace NdrBot.Cli.Scanning;

/// <summary>One file met while walking the scan paths, or a folder that could not be listed (<see cref="Error"/> set).</summary>
internal sealed record ScanTarget(string Path, string? Error = null);
