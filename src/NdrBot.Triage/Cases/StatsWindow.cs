namespace NdrBot.Triage.Cases;

/// <summary>
/// Cases opened since <see cref="Since"/>, counted by code and by reason (a case counts once per code).
/// <see cref="Repeats"/> counts the repeats attached to those cases, on top of <see cref="Cases"/>.
/// </summary>
public sealed record StatsWindow(
    DateTimeOffset Since,
    int Cases,
    int Repeats,
    IReadOnlyDictionary<string, int> ByCode,
    IReadOnlyDictionary<string, int> ByReason);
