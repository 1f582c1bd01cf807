using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<StatsWindow> StatsAsync(CaseScope? scope, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var keys = scope?.Keys ?? [];
        var filter = scope is null ? "" : $" AND c.conversation IN ({string.Join(", ", keys.Select((_, i) => "@conv" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        (string, object?)[] args = [("@since", since.ToUnixMs()), .. keys.Select((k, i) => ("@conv" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)k))];
        await using var connection = await database.OpenAsync(cancellationToken);
        var cases = $"cases c WHERE c.created_at >= @since{filter}";
        var byCode = await CountAsync(
            connection, $"SELECT k.code, COUNT(*) FROM case_codes k, {cases} AND c.id = k.case_id GROUP BY k.code", args, cancellationToken);
        // Note: cases opened before checklist-only cases were given a reason have none, but carry the checklist.
        var reason = $"COALESCE(c.reason, CASE WHEN c.checklist_id IS NULL THEN '{CaseReasons.Undefined}' ELSE '{CaseReasons.ChecklistPrefix}' || c.checklist_id END)";
        var byReason = await CountAsync(
            connection, $"SELECT {reason}, COUNT(*) FROM {cases} GROUP BY {reason}", args, cancellationToken);
        var totals = await CountAsync(
            connection,
            $"SELECT 'cases', COUNT(*) FROM {cases} UNION ALL SELECT 'repeats', COALESCE(SUM(c.repeat_count), 0) FROM {cases}",
            args,
            cancellationToken);
        return new StatsWindow(since, totals["cases"], totals["repeats"], byCode, byReason);
    }

    private static async Task<Dictionary<string, int>> CountAsync(
        DbConnection connection, string sql, (string, object?)[] args, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return counts;
    }
}
