using System.Text;
using NdrBot.Cli;

// Note: Console.Out flushes after every write (a system call per line of `scan --json`); one buffered writer over
// standard output is flushed once, at the end.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
await using (stdout.ConfigureAwait(false))
{
    try
    {
        return await CliApp.RunAsync(args, Console.OpenStandardInput(), stdout, Console.Error).ConfigureAwait(false);
    }
    finally
    {
        await stdout.FlushAsync().ConfigureAwait(false);
    }
}
