namespace NdrBot.Cards.Model;

/// <summary>
/// The "Checks" section of a card: live DNS checks for the bounce. <see cref="Pending"/> is the placeholder shown
/// while they run; the card is updated in place with the results.
/// </summary>
public sealed record ChecksSection
{
    public IReadOnlyList<CheckLine> Lines { get; init; } = [];

    /// <summary>Where the sending IP and sender's domain came from, and notes such as "some checks did not answer".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Pending { get; init; }
}
