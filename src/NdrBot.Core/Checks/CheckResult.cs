namespace NdrBot.Core.Checks;

/// <summary>One live check: what was looked at, the verdict, the record it read, and the one step that follows.</summary>
public sealed record CheckResult
{
    public required CheckKind Kind { get; init; }

    /// <summary>The domain or IP checked (<c>contoso.com</c>, <c>203.0.113.9 on zen.spamhaus.org</c>).</summary>
    public required string Subject { get; init; }

    public required CheckVerdict Verdict { get; init; }

    /// <summary>The DNS record the verdict rests on, as published (cut to a readable length), when there is one.</summary>
    public string? Record { get; init; }

    /// <summary>Why this verdict, in a few words (the SPF term that matched, the list's meaning of its answer).</summary>
    public string? Detail { get; init; }

    /// <summary>The one next step that follows from the verdict.</summary>
    public required string Step { get; init; }
}
