using System.Globalization;
using NdrBot.Cli.Scanning;

namespace NdrBot.Cli.Output;

/// <summary>A readable table for <c>ndrbot scan</c>: a row per finding (file, recipient, status, reason), then a summary.</summary>
internal sealed class TableScanWriter(TextWriter output) : IScanWriter
{
    private readonly ScanSummary _summary = new();
    private bool _headerWritten;

    public async Task WriteAsync(ScanResult result, CancellationToken cancellationToken)
    {
        if (!_headerWritten)
        {
            _headerWritten = true;
            await WriteRowAsync("FILE", "RECIPIENT", "STATUS", "REASON", cancellationToken);
        }

        _summary.Add(result);
        if (result.Report is not { } report)
        {
            await WriteRowAsync(result.File, "-", "-", "error: " + result.Error, cancellationToken);
            return;
        }

        if (report.Recipients.Count == 0)
        {
            await WriteRowAsync(result.File, "-", "-", Kind(report), cancellationToken);
            return;
        }

        foreach (var recipient in report.Recipients)
        {
            await WriteRowAsync(result.File, recipient.Recipient ?? "-", recipient.Status ?? "-", recipient.Reason, cancellationToken);
        }
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"\n{_summary.Files} files scanned, {_summary.Bounces} bounces, {_summary.Errors} unreadable.");
        await output.WriteLineAsync(line.AsMemory(), cancellationToken);
        foreach (var (reason, count) in _summary.Reasons)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {reason,-16} {count,6}").AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    private static string Kind(Core.Bounces.BounceReport report) => report.Kind switch
    {
        Core.Diagnosis.ExplanationKind.NotBounce => "(not a bounce)",
        Core.Diagnosis.ExplanationKind.AutoReply => "(auto-reply)",
        Core.Diagnosis.ExplanationKind.Feedback => "(feedback report)",
        _ => "(no recipient found)",
    };

    private Task WriteRowAsync(string file, string recipient, string status, string reason, CancellationToken cancellationToken) =>
        output.WriteLineAsync($"{file,-44} {recipient,-40} {status,-9} {reason}".AsMemory(), cancellationToken);
}
