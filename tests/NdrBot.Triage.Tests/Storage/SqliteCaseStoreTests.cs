using Microsoft.Data.Sqlite;
using NdrBot.Triage.Storage;
using NdrBot.Triage.Storage.Sqlite;

namespace NdrBot.Triage.Tests.Storage;

public sealed partial class SqliteCaseStoreTests : CaseStoreTests
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

        // Note: the second open reuses the pooled native connection, which keeps the setting.
        Assert.Equal(expected, await PragmaAsync(database, "synchronous"));
        Assert.Equal(expected, await PragmaAsync(database, "synchronous"));
        Assert.Equal(1L, await PragmaAsync(database, "foreign_keys"));
    }

    [Fact]
    public async Task PooledConnections_KeepForeignKeysOn_AfterAFreshPoolReplacesTheOldOne()
    {
        await using (var first = StoreFactory.CreateDatabase(Db.Options, Time))
        {
            Assert.Equal(1L, await PragmaAsync(first, "foreign_keys"));
        }

        // Disposing the first database cleared the pool, so this is a new native connection with its pragmas set again.
        await using var second = StoreFactory.CreateDatabase(Db.Options, Time);
        Assert.Equal(1L, await PragmaAsync(second, "foreign_keys"));
        Assert.Equal(1L, await PragmaAsync(second, "foreign_keys"));
    }

    [Fact]
    public async Task RepeatLookup_StartsFromTheConversationsRecipients_NotFromEveryOpenCaseOrEveryConversation()
    {
        await OpenAsync();
        await using var database = StoreFactory.CreateDatabase(Db.Options, Time);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Note: the store's own query with fixed parameter names.
        command.CommandText = "EXPLAIN QUERY PLAN " + SqlTriageStore.RepeatQuery("@code0", "@rcpt0, @rcpt1", "");
#pragma warning restore CA2100
        foreach (var name in new[] { "@conversation", "@since", "@code0", "@rcpt0", "@rcpt1" })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = "x";
            command.Parameters.Add(parameter);
        }

        var steps = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }

        Assert.StartsWith("SEARCH r USING INDEX ix_case_recipients_conversation (conversation=? AND recipient=?)", steps[0], StringComparison.Ordinal);
        Assert.DoesNotContain(steps, s => s.Contains("ix_cases_conversation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Writes_ShareOneKeptConnection_AndPrepareEachStatementOnce()
    {
        await OpenAsync(Bounce(recipient: "a@example.com"));
        await OpenAsync(Bounce(recipient: "a@example.com", by: "erin"));
        var made = await StatementsMadeAsync();
        Assert.InRange(made, 3, SqliteDialect.KeptStatements);

        await OpenAsync(Bounce(recipient: "b@example.com"));
        await OpenAsync(Bounce(recipient: "b@example.com", by: "erin"));
        await OpenAsync(Bounce(recipient: "c@example.com", code: "5.2.2"));

        Assert.Equal(made, await StatementsMadeAsync());
        Assert.Equal(2, (await Store.ListOpenAsync(Here)).Count(c => c.Recipients.SequenceEqual(["b@example.com"]) || c.Recipients.SequenceEqual(["c@example.com"])));
    }

    [Fact]
    public async Task Writes_AfterTheKeptConnectionWasClosed_GoOnANewOne()
    {
        await OpenAsync(Bounce(recipient: "a@example.com"));
        await using (var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None))
        {
            await lease.Connection.CloseAsync();
        }

        var second = await OpenAsync(Bounce(recipient: "b@example.com"));

        Assert.Equal(second.Id, (await Store.GetAsync(second.Id))?.Id);
        await using var again = await StoreDatabase.EnterWriterAsync(CancellationToken.None);
        Assert.Equal(System.Data.ConnectionState.Open, again.Connection.State);
    }

    private async Task<int> StatementsMadeAsync()
    {
        await using var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None);
        return ((KeptSqliteConnection)lease.Connection).StatementsMade;
    }

    private static async Task<object?> PragmaAsync(TriageDatabase database, string name)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Note: a constant pragma name from the test itself.
        command.CommandText = "PRAGMA " + name;
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }
}
