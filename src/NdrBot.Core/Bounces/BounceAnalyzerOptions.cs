namespace NdrBot.Core.Bounces;

/// <summary>Limits that keep one analysis bounded whatever is pasted or uploaded.</summary>
public sealed record BounceAnalyzerOptions
{
    /// <summary>Input beyond this many bytes (or characters for text) is cut, with a notice.</summary>
    public int MaxInputBytes { get; init; } = 1 << 20;

    /// <summary>MIME nesting deeper than this is not read (MimeKit's own default of 1024 is far too deep).</summary>
    public int MaxMimeDepth { get; init; } = 16;

    /// <summary>At most this many failed recipients are reported for one message.</summary>
    public int MaxRecipients { get; init; } = 200;

    public static BounceAnalyzerOptions Default { get; } = new();
}
