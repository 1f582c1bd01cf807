namespace NdrBot.Core.Checks;

/// <summary>The checks made for one finding, by its index in <see cref="Diagnosis.Explanation.Findings"/>.</summary>
public sealed record FindingChecks(int Finding, IReadOnlyList<CheckResult> Checks);
