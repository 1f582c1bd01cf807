namespace NdrBot.Load.Mix;

/// <summary>One message text of the mix and where it came from (a sample file name, or the code asked about).</summary>
internal sealed record MixMessage(MessageKind Kind, string Text, string Source);
