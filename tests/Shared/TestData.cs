namespace NdrBot.Tests.Shared;

/// <summary>
/// Finds the repository root and the vendored test data below it (<c>tests/data</c>: bounce samples, schemas,
/// the IANA registry and the seed article; see tests/data/README.md for where each came from).
/// Tests fail loudly when a file is missing rather than skipping.
/// </summary>
internal static class TestData
{
    public static string RepoRoot { get; } = LocateRepoRoot();

    public static string Root { get; } = Path.Combine(RepoRoot, "tests", "data");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string LocateRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NdrBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NdrBot.sln not found above " + AppContext.BaseDirectory);
    }
}
