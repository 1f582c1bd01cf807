using System.Data.Common;
using NdrBot.Triage.Storage.Sqlite;

namespace NdrBot.Triage.Storage;

/// <summary>Small ADO.NET helpers; both providers take <c>@name</c> parameters.</summary>
internal static class Db
{
    public static DbCommand Command(
        this DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        // Note: on the kept SQLite writing connection the command is its kept, already prepared one for this text.
        var command = connection is KeptSqliteConnection kept ? kept.Statement(sql) : connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Note: SQL text is built only from constants and generated parameter names.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        await using var command = connection.Command(transaction, sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> ScalarInt64Async(
        this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        await using var command = connection.Command(transaction, sql, args);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long ToUnixMs(this DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>
    /// <c>@prefix0, @prefix1, ...</c>, one per value, for an <c>IN (...)</c> written into the SQL before the command is
    /// made (so the text, and a kept statement for it, is the same for the same number of values); and the arguments.
    /// </summary>
    public static (string List, IEnumerable<(string Name, object? Value)> Args) InArgs(string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = $"@{prefix}{i}";
        }

        return (string.Join(", ", names), names.Select((n, i) => (n, (object?)values[i])));
    }

    /// <summary>Adds <c>@prefix0, @prefix1, ...</c> for each value and returns the list for an <c>IN (...)</c>.</summary>
    public static string InList(this DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = $"@{prefix}{i}";
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[i];
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        return string.Join(", ", names);
    }
}
