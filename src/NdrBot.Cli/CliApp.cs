using System.CommandLine;
using NdrBot.Cli.Commands;

namespace NdrBot.Cli;

/// <summary>The <c>ndrbot</c> command line. Exit codes: 0 answered, 1 nothing found, 2 usage error.</summary>
public static class CliApp
{
    public const int Answered = 0;
    public const int NothingFound = 1;
    public const int UsageError = 2;

    /// <summary>Runs a command; <paramref name="environment"/> replaces the process's environment variables (settings), for tests.</summary>
    public static async Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var io = new CliIo(stdin, stdout, stderr) { Environment = environment };
        var root = new RootCommand("NdrBot: explains email delivery status codes and bounce messages.")
        {
            ExplainCommand.Create(io),
            ScanCommand.Create(io),
            CheckCommand.Create(io),
            TeamsPackageCommand.Create(io),
        };

        // Note: response files are off, or "@ndrbot 5.4.6" would be read as a file name.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync("ndrbot: " + error.Message);
            }

            await stderr.WriteLineAsync("Try 'ndrbot --help'.");
            return UsageError;
        }

        var exit = await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
        return exit;
    }
}
