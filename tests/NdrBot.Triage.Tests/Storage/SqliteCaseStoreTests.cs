using Microsoft.Data.Sqlite;

namespace NdrBot.Triage.Tests.Storage;

public sealed class SqliteCaseStoreTests : CaseStoreTests
{
    private protected override Task<TestDatabase> CreateTestDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    [Fact]
    public async Task FirstUse_CreatesTheFolderAndFileInWalMode()
    {
        var path = ((SqliteTestDatabase)Db).FilePath;
        Assert.False(File.Exists(path));

        await OpenAsync();

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
