namespace NdrBot.Core.Checks;

/// <summary>
/// One DNS blocklist: its zone, a display name, what each answer address means, which answers are the list's own
/// error codes (the query was refused, not the IP listed), whether it lists IPv6, and where to ask for removal.
/// </summary>
/// <remarks>Note: the JSON source generator sets absent optional properties to null; their setters turn that back into empty.</remarks>
public sealed record BlocklistZone
{
    public required string Zone { get; init; }

    public required string Name { get; init; }

    /// <summary>Answer address → meaning of the listing (<c>127.0.0.2</c> → "SBL: …").</summary>
    public IReadOnlyDictionary<string, string> Codes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Answer address → why the list refused to answer (<c>127.255.255.254</c> → "queried through a public resolver").</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    public bool Ipv6 { get; init; }

    /// <summary>The list's own lookup or removal page, named in the step of a listing.</summary>
    public string? Removal { get; init; }

    public IReadOnlyList<string> Sources { get; init => field = value ?? []; } = [];
}
