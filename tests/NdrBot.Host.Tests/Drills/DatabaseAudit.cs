using Microsoft.Data.Sqlite;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Reads a SQLite store the way an auditor would, beside the running host (WAL lets a reader in): the integrity
/// check, the history, and whether every case's version and state agree with its history.
/// </summary>
internal static class DatabaseAudit
{
    /// <summary>Verbs that change a case and so add one to its version (refusals are history only).</summary>
    private static readonly HashSet<string> Changes = ["repeat-attached", "claimed", "took-over", "released", "noted", "resolved", "reopened", "checklist-toggled"];

    private static readonly HashSet<string> Refusals = ["claim-refused", "refused", "stale-refused"];

    public static async Task<string> IntegrityAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        await using var command = new SqliteCommand("PRAGMA integrity_check", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every problem found; empty when the history holds every acknowledged action and each case adds up.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string path, IEnumerable<Acknowledged> acknowledged)
    {
        await using var connection = await OpenAsync(path);
        var events = await ReadAsync(connection, "SELECT case_id, seq, COALESCE(actor_name, actor), verb, COALESCE(text, '') FROM case_events ORDER BY case_id, seq",
            r => (Case: r.GetString(0), Seq: r.GetInt32(1), Actor: r.GetString(2), Verb: r.GetString(3), Text: r.GetString(4)));
        var cases = await ReadAsync(connection, "SELECT id, version, status, COALESCE(owner_name, owner, '') FROM cases",
            r => (Id: r.GetString(0), Version: r.GetInt32(1), Status: r.GetString(2), Owner: r.GetString(3)));
        var byCase = events.ToLookup(e => e.Case);
        var problems = new List<string>();
        foreach (var ack in acknowledged)
        {
            var found = byCase[ack.CaseId].Any(e => e.Actor == ack.Actor
                && (ack.Verb == "refused-any" ? Refusals.Contains(e.Verb) : e.Verb == ack.Verb)
                && (ack.Text is null || e.Text == ack.Text));
            if (!found)
            {
                problems.Add($"acknowledged {ack.Verb} by {ack.Actor} on {ack.CaseId} (round {ack.Round}) is not in the history");
            }
        }

        foreach (var c in cases)
        {
            var history = byCase[c.Id].ToList();
            if (!history.Select(e => e.Seq).SequenceEqual(Enumerable.Range(1, history.Count)) || history.FirstOrDefault().Verb != "opened")
            {
                problems.Add($"{c.Id}: history is not opened + seq 1..{history.Count}");
            }

            var expectedVersion = 1 + history.Count(e => Changes.Contains(e.Verb));
            if (c.Version != expectedVersion)
            {
                problems.Add($"{c.Id}: version {c.Version} but the history has {expectedVersion - 1} changes");
            }

            var lastStatus = history.LastOrDefault(e => e.Verb is "resolved" or "reopened").Verb;
            if ((c.Status == "resolved") != (lastStatus == "resolved"))
            {
                problems.Add($"{c.Id}: status {c.Status} but the last status change is {lastStatus ?? "none"}");
            }

            var last = history.LastOrDefault(e => e.Verb is "claimed" or "took-over" or "released");
            var owner = last.Verb == "released" ? "" : last.Actor ?? "";
            if (c.Owner != owner)
            {
                problems.Add($"{c.Id}: owner '{c.Owner}' but the last claim is by '{owner}'");
            }
        }

        return problems;
    }

    public static async Task<int> CountAsync(string path, string table)
    {
        await using var connection = await OpenAsync(path);
        await using var command = new SqliteCommand($"SELECT COUNT(*) FROM {table}", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        await using var command = new SqliteCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
