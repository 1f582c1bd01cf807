namespace NdrBot.Load.Mix;

/// <summary>What a helpdesk sends the bot: a code question, a few pasted lines, or a whole bounce.</summary>
internal enum MessageKind
{
    Code,
    ShortPaste,
    LongPaste,
}
