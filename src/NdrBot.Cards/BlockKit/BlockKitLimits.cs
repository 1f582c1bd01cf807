namespace NdrBot.Cards.BlockKit;

/// <summary>Block Kit limits for messages (docs.slack.dev block reference).</summary>
public static class BlockKitLimits
{
    public const int MaxBlocks = 50;

    public const int SectionText = 3000;

    public const int FieldText = 2000;

    public const int MaxFields = 10;

    public const int HeaderText = 150;

    public const int ButtonText = 75;

    public const int ActionId = 255;

    public const int ButtonValue = 2000;

    public const int ContextElements = 10;

    public const int FallbackText = 3000;

    /// <summary>NdrBot's own budget for a whole message body as JSON, so a reply never grows without bound.</summary>
    public const int MaxMessageChars = 40_000;
}
