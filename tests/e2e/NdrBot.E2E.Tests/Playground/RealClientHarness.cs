using NdrBot.Tests.Shared;

namespace NdrBot.E2E.Tests.Playground;

/// <summary>
/// Runs tests/e2e/playground/run-e2e.mjs against the built NdrBot.Host: it starts the host on a free port, drives
/// a real client in headless Debian Chromium and ends every process it started. Missing tools fail the test with
/// the command that fixes them; nothing is skipped.
/// </summary>
internal static class RealClientHarness
{
    private static readonly string E2eFolder = Path.Combine(TestData.RepoRoot, "tests", "e2e");

    /// <param name="scenario">webchat, playground or checks.</param>
    /// <param name="extra">More arguments for the script (checks: the test DNS server as IP:port).</param>
    public static (int ExitCode, string Report) Run(string scenario, params string[] extra)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: run `apt-get update && apt-get install -y chromium` (or ./test.sh as root)");
        var node = ProcessRunner.Which("node");
        Assert.True(node is not null, "node not found on PATH: run `apt-get install -y nodejs npm` (or ./test.sh as root)");
        var dotnet = ProcessRunner.Which("dotnet");
        Assert.True(dotnet is not null, "dotnet not found on PATH");
        EnsurePackages();
        var hostDir = Path.Combine(TestData.RepoRoot, "src", "NdrBot.Host");
        var hostDll = Path.Combine(hostDir, "bin", Configuration, "net10.0", "NdrBot.Host.dll");
        Assert.True(File.Exists(hostDll), $"NdrBot.Host is not built at {hostDll}");
        var artifacts = Path.Combine(E2eFolder, "artifacts");
        var (exit, stdout, stderr) = ProcessRunner.Run(node!, E2eFolder, TimeSpan.FromMinutes(4), ["playground/run-e2e.mjs", scenario, hostDll, hostDir, artifacts, .. extra]);
        return (exit, stdout + stderr);
    }

    /// <summary>Debug or Release: the configuration this test assembly was built in (…/bin/{Configuration}/net10.0/).</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static void EnsurePackages()
    {
        if (Directory.Exists(Path.Combine(E2eFolder, "node_modules", "@microsoft", "m365agentsplayground"))
            && Directory.Exists(Path.Combine(E2eFolder, "node_modules", "playwright-core")))
        {
            return;
        }

        var npm = ProcessRunner.Which("npm");
        Assert.True(npm is not null, "npm not found on PATH: run `apt-get install -y npm`");
        var (exit, stdout, stderr) = ProcessRunner.Run(npm!, E2eFolder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Assert.True(exit == 0, $"npm ci failed in {E2eFolder} (exit {exit}):\n{stdout}\n{stderr}");
    }
}
