namespace NdrBot.Cards.Model;

/// <summary>
/// The result of a card button: a short message for the person who clicked, and the card to show instead of the
/// clicked one when the case changed (null keeps the card as it is). <see cref="Card"/> says where the case's card
/// was posted, so the channel can update it in place for everyone (Teams PUT, Slack <c>chat.update</c>).
/// </summary>
public sealed record ActionReply(string Message, Answer? UpdatedAnswer = null, CardLocation? Card = null);
