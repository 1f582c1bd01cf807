using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Row counts of every table in the host's own SQLite store (cases, history, card references, seen Slack events,
/// outbox, and any table added later), read straight from the file the host writes.
/// </summary>
internal sealed record StoreRows(IReadOnlyDictionary<string, long> Counts)
{
    public static async Task<StoreRows> ReadAsync(string path)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return new StoreRows(counts);
    }

    /// <summary>These counts with <paramref name="table"/> grown by <paramref name="rows"/>.</summary>
    public StoreRows Plus(string table, long rows)
    {
        var counts = new SortedDictionary<string, long>(Counts.ToDictionary(), StringComparer.Ordinal);
        counts[table] = counts.GetValueOrDefault(table) + rows;
        return new StoreRows(counts);
    }

    public override string ToString() => string.Join(", ", Counts.Select(c => $"{c.Key}={c.Value}"));
}
