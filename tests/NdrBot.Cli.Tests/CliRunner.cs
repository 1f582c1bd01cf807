using System.Text;

namespace NdrBot.Cli.Tests;

/// <summary>Runs the <c>ndrbot</c> command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, string stdin = "", IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, input, stdout, stderr, environment);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
