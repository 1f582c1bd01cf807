namespace NdrBot.Cards.AdaptiveCards.Elements;

/// <summary>Text made of runs; runs are never markdown-processed, so this is where untrusted text goes.</summary>
internal sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
