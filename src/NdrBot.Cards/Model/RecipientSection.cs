using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Model;

/// <summary>One failed recipient of a bounce. All texts come from the bounce and are untrusted.</summary>
public sealed record RecipientSection
{
    public required string Address { get; init; }

    /// <summary>Enhanced status and reply code as one label (<c>5.1.1 (550)</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Short reason: the catalogue title for the code.</summary>
    public required string Reason { get; init; }

    public string? RemoteServer { get; init; }

    /// <summary>The remote server's own words, trimmed to a readable length.</summary>
    public string? RemoteWords { get; init; }

    /// <summary>The code's class is 5.</summary>
    public bool Permanent { get; init; }

    /// <summary>Whether the sending server has given up on this recipient or still retries.</summary>
    public DeliveryState Delivery { get; init; }

    public string? DeliveryBasis { get; init; }
}
