using Microsoft.Extensions.Time.Testing;
using NdrBot.Triage.Cases;
using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>
/// The one storage suite (after Dapper's provider base class): every test runs against SQLite and PostgreSQL through
/// the sealed subclasses, each on an empty database of its own. The tests are split by concern into partial files.
/// </summary>
public abstract partial class CaseStoreTests : IAsyncLifetime
{
    protected const string Channel = "teams:19:helpdesk@thread.tacv2";

    protected static readonly CaseScope Here = new(Channel);

    private TestDatabase? testDatabase;
    private TriageDatabase? database;
    private SqlTriageStore? store;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));

    private protected SqlTriageStore Store => store ?? throw new InvalidOperationException("not initialised");

    private protected TestDatabase Db => testDatabase ?? throw new InvalidOperationException("not initialised");

    private protected TriageDatabase StoreDatabase => database ?? throw new InvalidOperationException("not initialised");

    private protected abstract Task<TestDatabase> CreateTestDatabaseAsync();

    public async Task InitializeAsync()
    {
        testDatabase = await CreateTestDatabaseAsync();
        OpenStore();
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (testDatabase is not null)
        {
            await testDatabase.DisposeAsync();
        }
    }

    /// <summary>Drops the store and its connections and opens a new one on the same database, as a restart does.</summary>
    protected async Task RestartAsync()
    {
        await database!.DisposeAsync();
        OpenStore();
    }

    protected static NewCase Bounce(string recipient = "jo@example.com", string code = "5.1.1", string conversation = Channel, string by = "alice") => new()
    {
        Conversation = conversation,
        ThreadId = "thread-1",
        Codes = [code],
        Recipients = [recipient],
        Reason = "userunknown",
        CreatedBy = by,
    };

    protected async Task<Case> OpenAsync(NewCase? bounce = null) => (await Store.OpenOrAttachAsync(bounce ?? Bounce())).Case;

    private void OpenStore()
    {
        var options = Db.Options;
        database = StoreFactory.CreateDatabase(options, Time);
        store = StoreFactory.CreateStore(database, options, Time);
    }
}
