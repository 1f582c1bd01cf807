using System.CommandLine;
using NdrBot.Cli.Output;
using NdrBot.Core.Checks;

namespace NdrBot.Cli.Commands;

/// <summary>
/// <c>ndrbot check [--ip IP] [--selector S] [--format text|json] DOMAIN|IP</c>: the live DNS checks for a domain
/// (SPF, tested against <c>--ip</c>; DMARC; MX; DKIM for <c>--selector</c>) or an IP (PTR, blocklists).
/// Exit 0 when something was checked, 1 when nothing could be, 2 for a usage or settings error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliIo io)
    {
        var format = new Option<OutputFormat>("--format", "-f") { Description = "Output: text (default) or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var ip = new Option<string?>("--ip") { Description = "Evaluate the domain's SPF record for this sending IP." };
        var selector = new Option<string?>("--selector") { Description = "Look up the domain's DKIM key for this selector." };
        var target = new Argument<string>("TARGET") { Description = "A domain (contoso.com) or an IP address (203.0.113.9)." };
        var command = new Command("check", "Look up SPF, DMARC, MX, PTR and blocklists for a domain or an IP.") { format, ip, selector, target };
        command.SetAction((parse, ct) => RunAsync(io, parse.GetValue(target)!, parse.GetValue(ip), parse.GetValue(selector), parse.GetValue(format), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, string target, string? ip, string? selector, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format is not (OutputFormat.Text or OutputFormat.Json))
        {
            await io.Stderr.WriteLineAsync("ndrbot check: --format is text or json.");
            return CliApp.UsageError;
        }

        if (await CliChecks.CreateAsync(io, "check") is not { } checks)
        {
            return CliApp.UsageError;
        }

        var results = await checks.CheckTargetAsync(target, ip, selector, cancellationToken);
        await io.Stdout.WriteAsync(format == OutputFormat.Json ? CheckWriter.Json(target, results) + "\n" : CheckWriter.Text(target, results));
        return results.All(r => r.Verdict == CheckVerdict.CouldNotCheck) ? CliApp.NothingFound : CliApp.Answered;
    }
}
