using System.Text.Json;

namespace NdrBot.Triage.Cases;

/// <summary>
/// What a case keeps of the answer that opened it, stored as one JSON document with the case (column
/// <c>details</c>), so more per-case data can be added as new properties without a schema change: readers ignore
/// what they do not know, and a property missing from an older document reads as its default.
/// </summary>
public sealed record CaseDetails
{
    /// <summary><c>bounce</c> for a pasted or uploaded bounce, <c>question</c> for codes asked about.</summary>
    public string Kind { get; init; } = "question";

    public IReadOnlyList<CaseFinding> Findings { get; init; } = [];

    /// <summary>How many failed recipients the bounce named in all; <see cref="Findings"/> keeps at most a capped number.</summary>
    public int? TotalFindings { get; init; }

    /// <summary>
    /// The live DNS checks last run for the case's bounce, as the host wrote them (NdrBot.Core's check report as
    /// JSON), opaque to storage; null until checks were stored (<see cref="ICaseChecksStore"/>).
    /// </summary>
    public JsonElement? Checks { get; init; }
}
