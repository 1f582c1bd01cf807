namespace NdrBot.Triage.Cases;

/// <summary>What <c>@ndrbot stats</c> shows: the last 7 and 30 days.</summary>
public sealed record CaseStats(StatsWindow Last7Days, StatsWindow Last30Days);
