using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Scanning;

/// <summary>Running totals for the text summary; holds counts only, never the results themselves.</summary>
internal sealed class ScanSummary
{
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public int Files { get; private set; }

    public int Bounces { get; private set; }

    public int Errors { get; private set; }

    public IEnumerable<KeyValuePair<string, int>> Reasons =>
        _reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal);

    public void Add(ScanResult result)
    {
        if (result.Report is not { } report)
        {
            Errors++;
            return;
        }

        Files++;
        if (report.Kind != ExplanationKind.Bounce)
        {
            return;
        }

        Bounces++;
        foreach (var recipient in report.Recipients)
        {
            _reasons[recipient.Reason] = _reasons.GetValueOrDefault(recipient.Reason) + 1;
        }
    }
}
