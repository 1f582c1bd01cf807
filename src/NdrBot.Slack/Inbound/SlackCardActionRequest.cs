using NdrBot.Cards.Model;

namespace NdrBot.Slack.Inbound;

/// <summary>A click on one of NdrBot's card buttons, with the note and ticked steps merged in from the message state.</summary>
public sealed record SlackCardActionRequest(CardAction Action, SlackReplyTarget ReplyTo) : SlackInbound;
