namespace NdrBot.Cards.Model;

/// <summary>What a card button asks for. Wire names are kebab-case (<c>take-over</c>).</summary>
public enum CardVerb
{
    Claim,
    TakeOver,

    /// <summary>The owner hands the case back: nobody has it until someone claims it.</summary>
    Release,
    Note,
    Resolve,
    Reopen,
    Checklist,
}
