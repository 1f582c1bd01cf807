namespace NdrBot.Tests.Shared;

/// <summary>
/// Finds the read-only <c>shared/</c> folder that sits beside the repository (../shared from the repo root),
/// or the folder named by <c>NDRBOT_SHARED</c>. Tests fail loudly when it is missing rather than skipping.
/// </summary>
internal static class SharedData
{
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string RepoRoot { get; } = LocateRepoRoot();

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("NDRBOT_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        var candidate = Path.GetFullPath(Path.Combine(LocateRepoRoot(), "..", "shared"));
        return Directory.Exists(candidate)
            ? candidate
            : throw new DirectoryNotFoundException($"shared data not found at {candidate}; set NDRBOT_SHARED");
    }

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
