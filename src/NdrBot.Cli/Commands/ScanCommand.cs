using System.CommandLine;
using NdrBot.Cli.Output;
using NdrBot.Cli.Scanning;
using NdrBot.Core.Bounces;

namespace NdrBot.Cli.Commands;

/// <summary>
/// <c>ndrbot scan [--json] PATH...</c>: analyses files, and the <c>*.eml</c>/<c>*.txt</c> files of folders
/// (recursively, in sorted order), several at a time on the thread pool with the output kept in walk order. Exit 0 when anything was scanned, 1 when nothing was, 2 for a
/// missing path.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per file, one per line." };
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders; folders are searched for .eml and .txt files.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("scan", "Analyse bounce files and folders in bulk.") { json, paths };
        command.SetAction((parse, ct) => RunAsync(io, parse.GetValue(json), parse.GetValue(paths) ?? [], ct));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, bool json, string[] paths, CancellationToken cancellationToken)
    {
        if (paths.Length == 0)
        {
            await io.Stderr.WriteLineAsync("ndrbot scan: give at least one file or folder.");
            return CliApp.UsageError;
        }

        foreach (var missing in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            await io.Stderr.WriteLineAsync($"ndrbot scan: no such file or folder: {missing}");
            return CliApp.UsageError;
        }

        var options = BounceAnalyzerOptions.Default;
        var scanner = new FileScanner(new BounceAnalyzer(Core.Catalogue.CodeCatalogue.Default, options), options);
        IScanWriter writer = json ? new JsonScanWriter(io.Stdout) : new TableScanWriter(io.Stdout);
        var scanned = 0;
        var targets = paths.SelectMany(FileWalker.Walk);
        await foreach (var result in OrderedScan.RunAsync(targets, scanner.Scan, OrderedScan.DefaultWindow, cancellationToken))
        {
            scanned += result.Report is null ? 0 : 1;
            await writer.WriteAsync(result, cancellationToken);
        }

        await writer.FinishAsync(cancellationToken);
        return scanned > 0 ? CliApp.Answered : CliApp.NothingFound;
    }
}
