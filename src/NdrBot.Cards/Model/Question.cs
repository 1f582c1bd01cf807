namespace NdrBot.Cards.Model;

/// <summary>What someone asked, with the mention of the bot already removed; untrusted text.</summary>
public sealed record Question(string Text, Asker Asker);
