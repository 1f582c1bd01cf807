using Microsoft.Data.Sqlite;
using NdrBot.Triage.Storage;

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

    [Theory]
    [InlineData(null, 1L)]
    [InlineData("normal", 1L)]
    [InlineData("FULL", 2L)]
    public async Task Connections_SyncAtCheckpointsByDefault_AndEveryCommitWhenFull(string? setting, long expected)
    {
        var options = Db.Options;
        if (setting is not null)
        {
            options.SqliteSynchronous = setting;
        }

        await using var database = StoreFactory.CreateDatabase(options, Time);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(expected, await command.ExecuteScalarAsync());
    }
}
