namespace NdrBot.Triage.Tests.Storage;

/// <summary>An empty database of its own for one test: a temp SQLite file or a fresh PostgreSQL schema.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract TriageOptions Options { get; }

    /// <summary>The configuration keys a host would set to reach this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Configuration { get; }

    public abstract ValueTask DisposeAsync();
}
