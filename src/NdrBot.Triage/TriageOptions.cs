namespace NdrBot.Triage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class TriageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (the default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The PostgreSQL connection string; required when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite file; a relative path is taken from the host's content root.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "ndrbot.db");

    /// <summary>A bounce repeating an open case's recipient and code this soon after it was last seen attaches to it.</summary>
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a SQLite writer waits for another to finish before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// SQLite's <c>synchronous</c> setting: <c>normal</c> (the default; WAL is fsynced at checkpoints, so every
    /// commit survives the process being killed, and only an OS crash or power loss can undo the last commits) or
    /// <c>full</c> (an fsync per commit: commits also survive an OS crash, at several milliseconds each).
    /// </summary>
    public string SqliteSynchronous { get; set; } = "normal";

    public bool IsSqliteFullSync => SqliteSynchronous.Equals("full", StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase);
}
