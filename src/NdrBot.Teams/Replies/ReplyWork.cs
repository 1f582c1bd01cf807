using NdrBot.Cards.Model;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Replies;

/// <summary>
/// A reply still to be sent: to a question, to a card button (Action.Submit, already applied: <see cref="Applied"/>
/// is its result), or the install welcome.
/// </summary>
public sealed record ReplyWork(Activity Inbound, long ReceivedAt)
{
    public Question? Question { get; init; }

    public CardAction? Action { get; init; }

    public ActionReply? Applied { get; init; }

    public bool Welcome { get; init; }
}
