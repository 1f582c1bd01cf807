namespace NdrBot.Cards.AdaptiveCards.Elements;

/// <summary>Teams' card-level options: <c>{"width":"Full"}</c> lets a card use the whole message width.</summary>
internal sealed record MsTeamsOptions(string Width);
