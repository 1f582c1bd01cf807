using System.Data.Common;
using System.Text.Json;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

/// <summary>Maps <c>cases</c> rows (always selected as <see cref="Columns"/> from <c>cases c</c>) to <see cref="Case"/>.</summary>
internal static class CaseRows
{
    public const string Columns = """
        c.id, c.conversation, c.thread_id, c.codes, c.recipients, c.reason, c.created_by, c.created_at,
        c.last_seen_at, c.repeat_count, c.status, c.owner, c.resolution, c.version, c.checklist_id, c.checklist_done,
        c.details, c.code, c.owner_name, c.created_by_name
        """;

    public static Case Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        Conversation = row.GetString(1),
        ThreadId = NullableString(row, 2),
        Codes = FromJson(row.GetString(3)),
        Recipients = FromJson(row.GetString(4)),
        Reason = NullableString(row, 5),
        CreatedBy = row.GetString(6),
        CreatedAt = Db.FromUnixMs(row.GetInt64(7)),
        LastSeenAt = Db.FromUnixMs(row.GetInt64(8)),
        RepeatCount = row.GetInt32(9),
        Status = StatusFromName(row.GetString(10)),
        Owner = NullableString(row, 11),
        Resolution = NullableString(row, 12),
        Version = row.GetInt32(13),
        ChecklistId = NullableString(row, 14),
        ChecklistDone = new HashSet<string>(FromJson(row.GetString(15)), StringComparer.Ordinal),
        Details = row.IsDBNull(16) ? null : CaseDetailsJson.Read(row.GetString(16)),
        Code = NullableString(row, 17) ?? row.GetString(0),
        OwnerName = NullableString(row, 18),
        CreatedByName = NullableString(row, 19),
    };

    public static async Task<IReadOnlyList<Case>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cases = new List<Case>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(Read(reader));
        }

        return cases;
    }

    public static string StatusName(CaseStatus status) => status == CaseStatus.Open ? "open" : "resolved";

    public static string ToJson(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    private static CaseStatus StatusFromName(string name) => name == "open" ? CaseStatus.Open : CaseStatus.Resolved;

    private static string[] FromJson(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static string? NullableString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
