using NdrBot.Core.Bounces;

namespace NdrBot.Cli.Scanning;

/// <summary>One scanned file: its report, or why it could not be read.</summary>
internal sealed record ScanResult(string File, BounceReport? Report, string? Error);
