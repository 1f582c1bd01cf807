using Npgsql;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>
/// A uniquely named schema in the PostgreSQL named by <c>NDRBOT_TEST_POSTGRES</c>, used through the connection's
/// search path and dropped afterwards, so tests run side by side. No variable is a failure, never a skip.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "NDRBOT_TEST_POSTGRES";

    private readonly string adminConnectionString;
    private readonly string schema = "t_" + Guid.NewGuid().ToString("N");

    private PostgresTestDatabase(string adminConnectionString) => this.adminConnectionString = adminConnectionString;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(adminConnectionString) { SearchPath = schema }.ConnectionString;

    public override TriageOptions Options => new() { Provider = "postgres", ConnectionString = ConnectionString, RepeatWindow = TimeSpan.FromHours(1) };

    public override IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: the storage suite must also run against a real PostgreSQL. Run ./test.sh (it installs " +
                $"and starts one), or set {Variable}=\"Host=127.0.0.1;Port=5432;Username=ndrbot;Password=ndrbot;Database=ndrbot_test\".");
        }

        var database = new PostgresTestDatabase(connectionString);
        await database.ExecuteAsync($"CREATE SCHEMA \"{database.schema}\"");
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
