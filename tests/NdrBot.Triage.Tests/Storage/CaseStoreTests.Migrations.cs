using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task Migrate_RunTwice_SecondRunChangesNothing()
    {
        await using var database = StoreFactory.CreateDatabase(Db.Options, Time);
        var migrator = new Migrator(database.Dialect, Time);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(database.Dialect.Migrations.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(first, await AppliedVersionsAsync(database));
    }

    [Fact]
    public async Task Migrate_TwoProcessesAtOnce_ApplyEachStepOnce()
    {
        await using var one = StoreFactory.CreateDatabase(Db.Options, Time);
        await using var two = StoreFactory.CreateDatabase(Db.Options, Time);

        var runs = await Task.WhenAll(
            Task.Run(() => new Migrator(one.Dialect, Time).MigrateAsync(CancellationToken.None)),
            Task.Run(() => new Migrator(two.Dialect, Time).MigrateAsync(CancellationToken.None)));

        var all = runs.SelectMany(r => r).Order().ToList();
        Assert.Equal(one.Dialect.Migrations.Select(m => m.Version), all);
        Assert.Equal(all, await AppliedVersionsAsync(one));
    }

    [Fact]
    public async Task Migrate_OnAStoreAlreadyInUse_KeepsTheData()
    {
        var opened = await OpenAsync();
        await using var database = StoreFactory.CreateDatabase(Db.Options, Time);

        Assert.Empty(await new Migrator(database.Dialect, Time).MigrateAsync(CancellationToken.None));

        Assert.NotNull(await Store.GetAsync(opened.Id));
    }

    private static async Task<List<int>> AppliedVersionsAsync(TriageDatabase database)
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        return (await Migrator.AppliedAsync(connection, null, CancellationToken.None)).Order().ToList();
    }
}
