using NdrBot.Cli.Scanning;

namespace NdrBot.Cli.Output;

/// <summary>Writes scan results as they arrive; nothing is kept but running totals.</summary>
internal interface IScanWriter
{
    Task WriteAsync(ScanResult result, CancellationToken cancellationToken);

    Task FinishAsync(CancellationToken cancellationToken);
}
