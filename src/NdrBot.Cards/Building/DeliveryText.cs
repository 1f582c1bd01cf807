using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Building;

/// <summary>
/// How a card words the two separate facts: the code's class (what the server that answered thought) and whether
/// the sending server has given up (what the report shows).
/// </summary>
public static class DeliveryText
{
    public static string ClassLine(bool transient) => transient
        ? "Temporary code (4xx): the server that answered expected a later attempt might work"
        : "Permanent code (5xx): the server that answered refused it for good";

    public static string Label(DeliveryState state) => state switch
    {
        DeliveryState.Final => "Final: the sending server has stopped trying",
        DeliveryState.Retrying => "Still retrying: the sending server keeps trying",
        DeliveryState.Delivered => "Delivered",
        _ => "Retrying or final: cannot tell",
    };

    /// <summary>The label and what it rests on, as one line.</summary>
    public static string Line(DeliveryState state, string? basis) =>
        string.IsNullOrWhiteSpace(basis) ? Label(state) : $"{Label(state)}. {basis}";
}
