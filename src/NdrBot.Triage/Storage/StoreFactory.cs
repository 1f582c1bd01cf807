using NdrBot.Triage.Storage.Postgres;
using NdrBot.Triage.Storage.Sqlite;

namespace NdrBot.Triage.Storage;

/// <summary>Builds the database and store for a set of options; DI and the tests both come through here.</summary>
internal static class StoreFactory
{
    public static TriageDatabase CreateDatabase(TriageOptions options, TimeProvider time, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        IStoreDialect dialect = options.IsPostgres
            ? new PostgresDialect(options.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for postgres"))
            : new SqliteDialect(ResolvePath(options.SqlitePath, contentRoot), options.BusyTimeout, options.IsSqliteFullSync);
        return new TriageDatabase(dialect, time);
    }

    public static SqlTriageStore CreateStore(TriageDatabase database, TriageOptions options, TimeProvider time) =>
        new(database, time, options.RepeatWindow);

    private static string ResolvePath(string path, string? contentRoot) =>
        Path.IsPathRooted(path) || contentRoot is null ? Path.GetFullPath(path) : Path.GetFullPath(Path.Combine(contentRoot, path));
}
