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
}
