using NdrBot.Cards.Model;

namespace NdrBot.Slack.Inbound;

/// <summary>
/// A click on one of NdrBot's card buttons, with the note and ticked steps merged in from the message state.
/// <see cref="Applied"/> is set once the click has been carried out (before Slack gets its ack).
/// </summary>
public sealed record SlackCardActionRequest(CardAction Action, SlackReplyTarget ReplyTo) : SlackInbound
{
    public AppliedCardAction? Applied { get; init; }
}

/// <summary>What carrying out a click gave: the reply for the clicker, and the updated card when the case changed.</summary>
public sealed record AppliedCardAction(ActionReply Reply);
