namespace NdrBot.Triage.Tests.Storage;

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ndrbot-triage-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(folder, "cases.db");

    public override TriageOptions Options => new() { Provider = "sqlite", SqlitePath = FilePath, RepeatWindow = TimeSpan.FromHours(1) };

    public override IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:SqlitePath"] = FilePath,
    };

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
