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
            Id = CaseIds.NewKey(),
            Code = await FreeCodeAsync(connection, transaction, bounce.Conversation, cancellationToken),
            Conversation = bounce.Conversation,
            ThreadId = bounce.ThreadId,
            Codes = codes,
            Recipients = recipients,
            Reason = bounce.Reason,
            CreatedBy = bounce.CreatedBy,
            CreatedByName = bounce.CreatedByName,
            CreatedAt = now,
            LastSeenAt = now,
            ChecklistId = bounce.ChecklistId,
            Details = bounce.Details,
        };
        await connection.ExecuteAsync(
            transaction,
            """
            INSERT INTO cases (id, conversation, thread_id, codes, recipients, reason, created_by, created_at, last_seen_at,
                               repeat_count, status, owner, resolution, version, checklist_id, checklist_done, details, code, created_by_name)
            VALUES (@id, @conversation, @thread, @codes, @recipients, @reason, @by, @now, @now, 0, 'open', NULL, NULL, 1, @checklist, '[]', @details,
                    @code, @byName)
            """,
            cancellationToken,
            ("@id", created.Id), ("@conversation", created.Conversation), ("@thread", created.ThreadId),
            ("@codes", CaseRows.ToJson(codes)), ("@recipients", CaseRows.ToJson(recipients)), ("@reason", created.Reason),
            ("@by", created.CreatedBy), ("@now", now.ToUnixMs()), ("@checklist", created.ChecklistId),
            ("@details", created.Details is null ? null : CaseDetailsJson.Write(created.Details)), ("@code", created.Code), ("@byName", created.CreatedByName));
        foreach (var code in codes)
        {
            await connection.ExecuteAsync(transaction, "INSERT INTO case_codes (case_id, code) VALUES (@id, @code)", cancellationToken, ("@id", created.Id), ("@code", code));
        }

        foreach (var recipient in recipients.Select(r => r.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(
                transaction, "INSERT INTO case_recipients (case_id, recipient, conversation) VALUES (@id, @r, @conversation)", cancellationToken,
                ("@id", created.Id), ("@r", recipient), ("@conversation", created.Conversation));
        }

        var evt = await AppendEventAsync(connection, transaction, created.Id, (created.CreatedBy, created.CreatedByName), CaseVerb.Opened, null, now, cancellationToken, firstEntry: true);
        return new OpenOrAttachResult(created, Attached: false, evt, new CaseDigest(evt.Seq, []));
    }

    /// <summary>A code no case of the conversation has; the caller holds the conversation's lock.</summary>
    private static async Task<string> FreeCodeAsync(DbConnection connection, DbTransaction transaction, string conversation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var code = CaseIds.NewCode();
            var taken = await connection.ScalarInt64Async(
                transaction, "SELECT COUNT(*) FROM cases WHERE conversation = @conversation AND code = @code", cancellationToken,
                ("@conversation", conversation), ("@code", code));
            if (taken == 0)
            {
                return code;
            }
        }

        throw new InvalidOperationException("no free case code after 100 draws; the conversation has nearly used them up");
    }
}
