using Microsoft.Data.Sqlite;

namespace NdrBot.Host.Tests.Support;

/// <summary>Per-test databases: a SQLite file under the temp folder, or the PostgreSQL server the suite is given.</summary>
internal static class TestDatabases
{
    public const string PostgresVariable = "NDRBOT_TEST_POSTGRES";

    public static string NewSqlitePath() =>
        Path.Combine(Path.GetTempPath(), "ndrbot-host-tests", Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Best effort: pooled connections may still hold the file for a moment.</summary>
    public static void DeleteSqlite(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
