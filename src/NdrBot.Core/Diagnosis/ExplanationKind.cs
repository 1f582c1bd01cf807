namespace NdrBot.Core.Diagnosis;

/// <summary>What kind of text was explained.</summary>
public enum ExplanationKind
{
    /// <summary>Codes or words typed in chat; no bounce message.</summary>
    Question,

    /// <summary>A delivery failure report (DSN, NDR, pasted bounce text).</summary>
    Bounce,

    /// <summary>An ARF feedback (abuse) report.</summary>
    Feedback,

    /// <summary>An out-of-office or vacation auto-reply.</summary>
    AutoReply,

    /// <summary>A message that is not a bounce at all, or binary junk.</summary>
    NotBounce,
}
