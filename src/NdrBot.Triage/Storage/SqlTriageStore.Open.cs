using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public Task<OpenOrAttachResult> OpenOrAttachAsync(NewCase bounce, CancellationToken cancellationToken = default) =>
        OpenOrAttachAsync(bounce, 0, cancellationToken);

    public async Task<OpenOrAttachResult> OpenOrAttachAsync(NewCase bounce, int lastNotes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bounce);
        ArgumentOutOfRangeException.ThrowIfNegative(lastNotes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await OpenOrAttachOnceAsync(bounce, lastNotes, cancellationToken);
            }
            catch (DbException e) when (attempt < 3 && Dialect.IsUniqueViolation(e))
            {
                // Note: a key drawn twice (about 116 random bits, so in theory only); draw again.
            }
        }
    }

    private async Task<OpenOrAttachResult> OpenOrAttachOnceAsync(NewCase bounce, int lastNotes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var codes = bounce.Codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var recipients = bounce.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken);
        await Dialect.LockKeyAsync(transaction, "conversation:" + bounce.Conversation, cancellationToken);
        var repeat = await FindRepeatAsync(connection, transaction, bounce.Conversation, codes, recipients, now - repeatWindow, cancellationToken);
        var result = repeat is null
            ? await InsertCaseAsync(connection, transaction, bounce, codes, recipients, now, cancellationToken)
            : await AttachAsync(connection, transaction, repeat, (bounce.CreatedBy, bounce.CreatedByName), now, lastNotes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<Case?> FindRepeatAsync(
        DbConnection connection, DbTransaction transaction, string conversation, List<string> codes, List<string> recipients, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (codes.Count == 0 || recipients.Count == 0)
        {
            return null;
        }

        var (codeList, codeArgs) = Db.InArgs("code", codes);
        var (recipientList, recipientArgs) = Db.InArgs("rcpt", [.. recipients.Select(r => r.ToLowerInvariant())]);
        await using var command = connection.Command(
            transaction, RepeatQuery(codeList, recipientList, Dialect.LockRow),
            [("@conversation", conversation), ("@since", since.ToUnixMs()), .. codeArgs, .. recipientArgs]);
        var rows = await CaseRows.ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// The open case of the conversation with one of the codes and one of the recipients, newest first. It starts from
    /// the conversation's recipients (ix_case_recipients_conversation): a conversation collects open cases without end
    /// (every code question opens one), and starting from its cases read all of them on every pasted bounce; starting
    /// from the recipient alone read that recipient's cases in every conversation. Either way a turn got slower the
    /// longer the bot ran.
    /// </summary>
    /// <remarks>Note: SQLite joins a CROSS JOIN in the order written (its documented planner override); PostgreSQL plans it freely.</remarks>
    internal static string RepeatQuery(string codeList, string recipientList, string lockRow) => $"""
        SELECT {CaseRows.Columns} FROM case_recipients r CROSS JOIN cases c
        WHERE r.conversation = @conversation AND r.recipient IN ({recipientList}) AND c.id = r.case_id
          AND c.conversation = @conversation AND c.status = 'open' AND c.last_seen_at >= @since
          AND EXISTS (SELECT 1 FROM case_codes k WHERE k.case_id = c.id AND k.code IN ({codeList}))
        ORDER BY c.last_seen_at DESC, c.created_at DESC LIMIT 1{lockRow}
        """;

    private static async Task<OpenOrAttachResult> AttachAsync(
        DbConnection connection, DbTransaction transaction, Case open, (string Id, string? Name) actor, DateTimeOffset now, int lastNotes, CancellationToken cancellationToken)
    {
        var attached = open with { RepeatCount = open.RepeatCount + 1, LastSeenAt = now, Version = open.Version + 1 };
        await connection.ExecuteAsync(
            transaction,
            "UPDATE cases SET repeat_count = @repeats, last_seen_at = @now, version = @version WHERE id = @id",
            cancellationToken,
            ("@repeats", attached.RepeatCount), ("@now", now.ToUnixMs()), ("@version", attached.Version), ("@id", open.Id));
        var text = $"repeat {attached.RepeatCount}";
        var evt = await AppendEventAsync(connection, transaction, open.Id, actor, CaseVerb.RepeatAttached, text, now, cancellationToken);
        var notes = lastNotes == 0 ? [] : await LastNotesAsync(connection, transaction, open.Id, lastNotes, cancellationToken);
        return new OpenOrAttachResult(attached, Attached: true, evt, new CaseDigest(evt.Seq, notes));
    }
}
