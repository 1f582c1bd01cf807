namespace NdrBot.Teams.Connector;

public sealed record OutgoingAttachment(string ContentType, RawJson Content)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
