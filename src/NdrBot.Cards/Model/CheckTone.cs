namespace NdrBot.Cards.Model;

/// <summary>How a check's verdict is coloured: fine, worth a look, the likely cause, or no answer.</summary>
public enum CheckTone
{
    Good,
    Warning,
    Attention,
    Neutral,
}
