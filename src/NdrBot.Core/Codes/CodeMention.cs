namespace NdrBot.Core.Codes;

/// <summary>
/// A code found in text: an enhanced status (<c>5.1.1</c>, <c>5.1.x</c>) and/or the SMTP reply code next to it.
/// <see cref="Context"/> is the line it stood on (trimmed, bounded), used to pick vendor variants.
/// </summary>
public sealed record CodeMention(string? Status, string? ReplyCode, int Index, string Context)
{
    /// <summary>The code to explain: the enhanced status when there is one, else the reply code.</summary>
    public string Code => Status ?? ReplyCode ?? "";
}
