using System.ComponentModel.DataAnnotations;

namespace NdrBot.Host.Checks;

/// <summary>
/// How the host runs live checks behind answers (<c>Diagnostics:Dns</c>, next to the settings
/// <see cref="NdrBot.Core.Checks.DnsCheckSettingsReader"/> reads): how many answers may wait for their checks, and
/// how many answers' checks run at once. An answer that finds the queue full goes out without checks.
/// </summary>
public sealed class CheckQueueOptions
{
    public const string Section = "Diagnostics:Dns";

    /// <summary>
    /// Answers waiting for their checks (default 64). Each holds its pasted text (at most 256 KiB), so this also
    /// bounds the memory the queue can take.
    /// </summary>
    [Range(1, 10_000)]
    public int QueueCapacity { get; set; } = 64;

    /// <summary>Answers whose checks run at the same time (default 4); each runs its own checks at once.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 4;
}
