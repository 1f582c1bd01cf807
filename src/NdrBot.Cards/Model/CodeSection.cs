using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Model;

/// <summary>One explained code as a card shows it.</summary>
public sealed record CodeSection
{
    /// <summary>The code as asked or found (<c>5.1.1</c>, <c>550</c>).</summary>
    public required string Code { get; init; }

    public string? ReplyCode { get; init; }

    public required string Title { get; init; }

    public required string Meaning { get; init; }

    /// <summary>The code's class is 4; says nothing about whether the sending server still retries (<see cref="Delivery"/>).</summary>
    public bool Transient { get; init; }

    /// <summary>Whether the sending server has given up or still retries, as the report shows it.</summary>
    public DeliveryState Delivery { get; init; }

    /// <summary>What <see cref="Delivery"/> rests on (the DSN Action, a phrase of the report, or that a code alone cannot tell).</summary>
    public string? DeliveryBasis { get; init; }

    /// <summary>Numbered next steps, each prefixed by who does it.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>What the named vendor says about this code, when the context named one.</summary>
    public string? VendorNote { get; init; }

    /// <summary>The broader code whose entry answered (<c>5.7.0</c>) when there was no exact match.</summary>
    public string? InferredFrom { get; init; }

    /// <summary>The RFC or vendor page that documents the code, when there is one.</summary>
    public Uri? Link { get; init; }
}
