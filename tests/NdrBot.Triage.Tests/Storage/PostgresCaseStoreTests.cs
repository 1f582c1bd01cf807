using System.Text.Json;
using NdrBot.Triage.Cases;
using NdrBot.Triage.Storage;
using Npgsql;

namespace NdrBot.Triage.Tests.Storage;

public sealed class PostgresCaseStoreTests : CaseStoreTests
{
    private protected override async Task<TestDatabase> CreateTestDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    /// <summary>
    /// A write holds one pooled connection, the writer's: saving checks took the writer's and then opened a second
    /// one, so writers at the pool's size each waited for a connection none would give back.
    /// </summary>
    [Fact]
    public async Task SaveChecks_OnAPoolOfOneConnection_WritesOnTheWritersConnection()
    {
        var options = Db.Options;
        var oneConnection = new NpgsqlConnectionStringBuilder(options.ConnectionString) { MaxPoolSize = 1, Timeout = 2 }.ConnectionString;
        options.ConnectionString = oneConnection;
        await using var database = StoreFactory.CreateDatabase(options, Time);
        var store = StoreFactory.CreateStore(database, options, Time);
        var found = new CaseDetails { Kind = "bounce", Findings = [new CaseFinding { Code = "5.1.1", Status = "5.1.1", Recipient = "jo@example.com" }] };
        var opened = (await store.OpenOrAttachAsync(Bounce() with { Details = found })).Case;
        using var checks = JsonDocument.Parse("""{"findings":[{"checks":[{"verdict":"fail"}]}]}""");

        try
        {
            Assert.True(await store.SaveChecksAsync(opened.Id, checks.RootElement));
        }
        finally
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(oneConnection));
        }

        Assert.NotNull((await Store.GetAsync(opened.Id))!.Details!.Checks);
    }
}
