namespace NdrBot.Cards.Model;

/// <summary>
/// The result of a card button: a short message for the person who clicked, and the card to show instead of the
/// clicked one when the case changed (null keeps the card as it is).
/// </summary>
public sealed record ActionReply(string Message, Answer? UpdatedAnswer = null);
