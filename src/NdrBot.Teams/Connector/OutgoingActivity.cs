using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Connector;

/// <summary>An activity the bot sends; id, timestamp and serviceUrl are left for the channel to set (A2031).</summary>
public sealed record OutgoingActivity
{
    public required string Type { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<OutgoingAttachment>? Attachments { get; init; }

    /// <summary>A reply to <paramref name="inbound"/> in the same conversation and thread.</summary>
    public static OutgoingActivity ReplyTo(Activity inbound, string type = ActivityTypes.Message)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return new OutgoingActivity
        {
            Type = type,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation,
            ReplyToId = inbound.Id,
        };
    }
}
