namespace NdrBot.Triage.Tests.Storage;

public sealed class SqliteCaseStoreTests : CaseStoreTests
{
    private protected override Task<TestDatabase> CreateTestDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
