namespace NdrBot.Cards.Model;

/// <summary>What a card button asks for. Wire names are kebab-case (<c>take-over</c>).</summary>
public enum CardVerb
{
    Claim,
    TakeOver,
    Note,
    Resolve,
    Reopen,
    Checklist,
}
