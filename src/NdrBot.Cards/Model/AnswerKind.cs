namespace NdrBot.Cards.Model;

/// <summary>Which card an <see cref="Answer"/> becomes.</summary>
public enum AnswerKind
{
    /// <summary>One or more codes explained (a question such as "what is 5.4.6?").</summary>
    Code,

    /// <summary>A bounce: failed recipients, the remote server's words and combined next steps.</summary>
    Bounce,

    /// <summary>A structured procedure only, such as Telstra's SMTP Mass Mail activation.</summary>
    Checklist,

    /// <summary>What NdrBot can do and how to ask.</summary>
    Help,

    /// <summary>Nothing recognised, or a message that is not a bounce; says what was understood.</summary>
    NotFound,

    /// <summary>A list of cases (<c>@ndrbot cases</c>, <c>@ndrbot mine</c>), one line each with owner and age.</summary>
    CaseList,

    /// <summary>Counts by code and reason over 7 and 30 days, as bars in text (<c>@ndrbot stats</c>).</summary>
    Stats,
}
