namespace NdrBot.Cards.Model;

/// <summary>One live check as a card shows it. Texts come from DNS and the bounce: untrusted, already cleaned.</summary>
public sealed record CheckLine
{
    /// <summary>What was checked (<c>SPF</c>, <c>DMARC</c>, <c>Blocklist</c>).</summary>
    public required string Label { get; init; }

    /// <summary>The domain or IP (<c>contoso.com for 203.0.113.9</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>The verdict in words (<c>fail</c>, <c>p=reject</c>, <c>not listed</c>).</summary>
    public required string Verdict { get; init; }

    public CheckTone Tone { get; init; }

    /// <summary>The record read, when there is one.</summary>
    public string? Record { get; init; }

    /// <summary>Why this verdict, in a few words.</summary>
    public string? Detail { get; init; }

    /// <summary>The one step that follows.</summary>
    public required string Step { get; init; }
}
