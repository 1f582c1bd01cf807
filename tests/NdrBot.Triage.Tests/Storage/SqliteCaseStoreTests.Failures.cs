using Microsoft.Data.Sqlite;
using NdrBot.Triage.Cases;
using NdrBot.Triage.Storage;
using SQLitePCL;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>
/// The kept writing connection after a write that failed between BEGIN and COMMIT: the transaction is rolled back, no
/// half-written case is left, the connection is out of its transaction and the next write on it succeeds.
/// </summary>
public sealed partial class SqliteCaseStoreTests
{
    [Fact]
    public async Task Write_FailingMidTransaction_IsRolledBack_AndTheNextWriteSucceeds_AfterTheSchemaChanged()
    {
        await OpenAsync(Bounce(recipient: "a@example.com"));
        await ExecuteElsewhereAsync(
            "CREATE TRIGGER refuse_mallory BEFORE INSERT ON case_events WHEN NEW.actor = 'mallory' BEGIN SELECT RAISE(ABORT, 'refused'); END");

        var failed = await Assert.ThrowsAsync<SqliteException>(() => Store.OpenOrAttachAsync(Bounce(recipient: "m@example.com", by: "mallory")));
        await AssertOutOfTransactionAsync();
        var next = await OpenAsync(Bounce(recipient: "m@example.com"));
        await ExecuteElsewhereAsync("DROP TRIGGER refuse_mallory");
        var after = await OpenAsync(Bounce(recipient: "z@example.com", by: "mallory"));

        Assert.Contains("refused", failed.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await Store.ListOpenAsync(Here)).Count);
        Assert.Single(await Store.HistoryAsync(next.Id));
        Assert.Equal("mallory", after.CreatedBy);
    }

    [Fact]
    public async Task Write_CancelledBetweenBeginAndCommit_IsRolledBack_AndTheNextWriteSucceeds()
    {
        await OpenAsync(Bounce(recipient: "a@example.com"));
        using var aborted = new CancellationTokenSource();
        await using (var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None))
        {
            // Note: the request is aborted as soon as the case row is written, before its recipients and history.
            raw.sqlite3_update_hook(((SqliteConnection)lease.Connection).Handle, (_, _, _, table, _) =>
            {
                if (table.utf8_to_string() == "cases")
                {
                    aborted.Cancel();
                }
            }, null);
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.OpenOrAttachAsync(Bounce(recipient: "c@example.com"), aborted.Token));
        await AssertOutOfTransactionAsync();
        await using (var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None))
        {
            raw.sqlite3_update_hook(((SqliteConnection)lease.Connection).Handle, (delegate_update?)null, null);
        }

        var next = await OpenAsync(Bounce(recipient: "c@example.com"));

        var open = await Store.ListOpenAsync(Here);
        Assert.Equal(2, open.Count);
        Assert.Contains(open, c => c.Id == next.Id);
    }

    [Fact]
    public async Task Write_WhileAnotherProcessHoldsTheLock_FailsBusy_AndTheNextWriteSucceeds()
    {
        var options = Db.Options;
        options.BusyTimeout = TimeSpan.FromMilliseconds(200);
        await using var database = StoreFactory.CreateDatabase(options, Time);
        var store = StoreFactory.CreateStore(database, options, Time);
        await store.OpenOrAttachAsync(Bounce(recipient: "a@example.com"));
        await using (var other = new SqliteConnection($"Data Source={((SqliteTestDatabase)Db).FilePath}"))
        {
            await other.OpenAsync();
            await using var hold = other.BeginTransaction(deferred: false);

            var busy = await Assert.ThrowsAsync<SqliteException>(() => store.OpenOrAttachAsync(Bounce(recipient: "b@example.com")));
            Assert.Equal(raw.SQLITE_BUSY, busy.SqliteErrorCode);
        }

        var next = await store.OpenOrAttachAsync(Bounce(recipient: "b@example.com"));

        Assert.False(next.Attached);
        Assert.Equal(2, (await store.ListOpenAsync(Here)).Count);
    }

    [Fact]
    public async Task Write_OnAFullDisk_FailsFull_AndTheNextWriteSucceeds()
    {
        await OpenAsync(Bounce(recipient: "a@example.com"));
        await using (var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None))
        {
            var pages = await lease.Connection.ScalarInt64Async(null, "PRAGMA page_count", CancellationToken.None);
            await lease.Connection.ExecuteAsync(null, $"PRAGMA max_page_count = {pages}", CancellationToken.None);
        }

        var filler = Bounce(recipient: "b@example.com") with { Reason = new string('x', 200_000) };
        var full = await Assert.ThrowsAsync<SqliteException>(() => Store.OpenOrAttachAsync(filler));
        await AssertOutOfTransactionAsync();
        await using (var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None))
        {
            await lease.Connection.ExecuteAsync(null, "PRAGMA max_page_count = 1073741823", CancellationToken.None);
        }

        var next = await OpenAsync(Bounce(recipient: "b@example.com"));

        Assert.Equal(raw.SQLITE_FULL, full.SqliteErrorCode);
        Assert.Equal(2, (await Store.ListOpenAsync(Here)).Count);
        Assert.Single(await Store.HistoryAsync(next.Id));
    }

    /// <summary>
    /// The kept connection holds a deleted file open (POSIX keeps it while open): its writes went on into a file nobody
    /// can read any more and were answered as kept, while every read, on a new connection, already failed.
    /// </summary>
    [Fact]
    public async Task Write_AfterTheDatabaseFileWasDeleted_FailsAsTheReadsDo_InsteadOfGoingNowhere()
    {
        var first = await OpenAsync(Bounce(recipient: "a@example.com"));
        var path = ((SqliteTestDatabase)Db).FilePath;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        await Assert.ThrowsAsync<SqliteException>(() => Store.GetAsync(first.Id));
        await Assert.ThrowsAsync<SqliteException>(() => Store.OpenOrAttachAsync(Bounce(recipient: "b@example.com")));
        await Assert.ThrowsAsync<SqliteException>(() => Store.ApplyAsync(first.Id, first.Version, new CaseAction.Claim("erin")));
    }

    /// <summary>A backup moved into place while the bot runs: the next write lands in it, where the reads look.</summary>
    [Fact]
    public async Task Write_AfterABackupWasMovedIntoPlace_LandsInTheRestoredFile()
    {
        var kept = await OpenAsync(Bounce(recipient: "a@example.com"));
        var path = ((SqliteTestDatabase)Db).FilePath;
        var backup = path + ".bak";
        await ExecuteElsewhereAsync($"VACUUM INTO '{backup}'");
        var lost = await OpenAsync(Bounce(recipient: "b@example.com"));
        File.Move(backup, path, overwrite: true);
        foreach (var file in new[] { path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var after = await OpenAsync(Bounce(recipient: "c@example.com"));

        Assert.NotNull(await Store.GetAsync(kept.Id));
        Assert.Null(await Store.GetAsync(lost.Id));
        Assert.NotNull(await Store.GetAsync(after.Id));
    }

    private async Task AssertOutOfTransactionAsync()
    {
        await using var lease = await StoreDatabase.EnterWriterAsync(CancellationToken.None);
        Assert.Equal(1, raw.sqlite3_get_autocommit(((SqliteConnection)lease.Connection).Handle));
    }

    private async Task ExecuteElsewhereAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteTestDatabase)Db).FilePath}");
        await connection.OpenAsync();
        await connection.ExecuteAsync(null, sql, CancellationToken.None);
    }
}
