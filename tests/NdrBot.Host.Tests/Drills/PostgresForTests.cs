using NdrBot.Host.Tests.Support;
using Npgsql;

namespace NdrBot.Host.Tests.Drills;

/// <summary>The shared PostgreSQL the suite is given; its absence fails the test with the fix, never skips it.</summary>
internal static class PostgresForTests
{
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable(TestDatabases.PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{TestDatabases.PostgresVariable} is not set: this drill needs a real PostgreSQL. Run ./test.sh (it starts one) " +
                $"or set {TestDatabases.PostgresVariable}=\"Host=127.0.0.1;Port=5432;Username=ndrbot;Password=ndrbot;Database=ndrbot_test\".");

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
