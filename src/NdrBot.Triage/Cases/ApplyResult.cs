namespace NdrBot.Triage.Cases;

/// <summary>
/// The answer to <see cref="ICaseStore.ApplyAsync"/>. Every outcome but <see cref="NotFound"/> carries the case as it
/// is now, so the loser of a race can be shown the current state.
/// </summary>
public abstract partial record ApplyResult
{
    /// <summary>The case after the call (unchanged when refused); null only for <see cref="NotFound"/>.</summary>
    public abstract Case? Current { get; }
}
