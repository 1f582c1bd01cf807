using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    private static async Task<OpenOrAttachResult> InsertCaseAsync(
        DbConnection connection, DbTransaction transaction, NewCase bounce, List<string> codes, List<string> recipients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = new Case
        {
            Id = await FreeIdAsync(connection, transaction, cancellationToken),
            Conversation = bounce.Conversation,
            ThreadId = bounce.ThreadId,
            Codes = codes,
            Recipients = recipients,
            Reason = bounce.Reason,
            CreatedBy = bounce.CreatedBy,
            CreatedAt = now,
            LastSeenAt = now,
            ChecklistId = bounce.ChecklistId,
            Details = bounce.Details,
        };
        await connection.ExecuteAsync(
            transaction,
            """
            INSERT INTO cases (id, conversation, thread_id, codes, recipients, reason, created_by, created_at, last_seen_at,
                               repeat_count, status, owner, resolution, version, checklist_id, checklist_done, details)
            VALUES (@id, @conversation, @thread, @codes, @recipients, @reason, @by, @now, @now, 0, 'open', NULL, NULL, 1, @checklist, '[]', @details)
            """,
            cancellationToken,
            ("@id", created.Id), ("@conversation", created.Conversation), ("@thread", created.ThreadId),
            ("@codes", CaseRows.ToJson(codes)), ("@recipients", CaseRows.ToJson(recipients)), ("@reason", created.Reason),
            ("@by", created.CreatedBy), ("@now", now.ToUnixMs()), ("@checklist", created.ChecklistId),
            ("@details", created.Details is null ? null : CaseDetailsJson.Write(created.Details)));
        foreach (var code in codes)
        {
            await connection.ExecuteAsync(transaction, "INSERT INTO case_codes (case_id, code) VALUES (@id, @code)", cancellationToken, ("@id", created.Id), ("@code", code));
        }

        foreach (var recipient in recipients.Select(r => r.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(transaction, "INSERT INTO case_recipients (case_id, recipient) VALUES (@id, @r)", cancellationToken, ("@id", created.Id), ("@r", recipient));
        }

        var evt = await AppendEventAsync(connection, transaction, created.Id, created.CreatedBy, CaseVerb.Opened, null, now, cancellationToken);
        return new OpenOrAttachResult(created, Attached: false, evt);
    }

    private static async Task<string> FreeIdAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var id = CaseIds.New();
            var taken = await connection.ScalarInt64Async(transaction, "SELECT COUNT(*) FROM cases WHERE id = @id", cancellationToken, ("@id", id));
            if (taken == 0)
            {
                return id;
            }
        }

        throw new InvalidOperationException("no free case id after 100 draws; the id space is nearly used up");
    }
}
