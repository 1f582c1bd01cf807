using NdrBot.Tests.Shared;

namespace NdrBot.E2E.Tests;

/// <summary>
/// tests/e2e: installs its npm packages when missing (npm ci from the committed lock file) and runs
/// render-cards.mjs. A missing node or Chromium fails the test with the command that fixes it; nothing is skipped.
/// </summary>
internal static class RendererHarness
{
    public static string Folder { get; } = Path.Combine(TestData.RepoRoot, "tests", "e2e");

    public static string Artifacts { get; } = Path.Combine(Folder, "artifacts");

    public static (int ExitCode, string Report, string Errors) Render(string cardsDir)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: run `apt-get update && apt-get install -y chromium` (or ./test.sh as root)");
        var node = ProcessRunner.Which("node");
        Assert.True(node is not null, "node not found on PATH: run `apt-get install -y nodejs npm` (or ./test.sh as root)");
        EnsurePackages();
        var (exit, stdout, stderr) = ProcessRunner.Run(node!, Folder, TimeSpan.FromMinutes(5), "render-cards.mjs", cardsDir, Artifacts);
        return (exit, stdout, stderr);
    }

    private static void EnsurePackages()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "adaptivecards")))
        {
            return;
        }

        var npm = ProcessRunner.Which("npm");
        Assert.True(npm is not null, "npm not found on PATH: run `apt-get install -y npm`");
        var (exit, stdout, stderr) = ProcessRunner.Run(npm!, Folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Assert.True(exit == 0, $"npm ci failed in {Folder} (exit {exit}):\n{stdout}\n{stderr}");
    }
}
