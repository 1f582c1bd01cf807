namespace NdrBot.Core.Checks.Spf;

/// <summary>Whether one SPF term matched, or the error that ends the evaluation.</summary>
internal readonly record struct TermMatch(bool Matched, SpfResult? Error = null, string? Problem = null)
{
    public static TermMatch Yes { get; } = new(true);

    public static TermMatch No { get; } = new(false);

    public static TermMatch Temp(string problem) => new(false, SpfResult.TempError, problem);

    public static TermMatch Perm(string problem) => new(false, SpfResult.PermError, problem);
}
