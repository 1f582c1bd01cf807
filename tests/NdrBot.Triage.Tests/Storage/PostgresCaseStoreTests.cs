namespace NdrBot.Triage.Tests.Storage;

public sealed class PostgresCaseStoreTests : CaseStoreTests
{
    private protected override async Task<TestDatabase> CreateTestDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
