using NdrBot.Core.Bounces;

namespace NdrBot.Scoring;

/// <summary>A report as tab-separated lines (file, kind, then per finding recipient, status, reply, reason).</summary>
internal static class ReportDump
{
    public static void Write(TextWriter output, string file, BounceReport report)
    {
        if (report.Recipients.Count == 0)
        {
            output.WriteLine($"{file}\t{report.Kind}");
        }

        foreach (var r in report.Recipients)
        {
            output.WriteLine($"{file}\t{report.Kind}\t{r.Recipient}\t{r.Status}\t{r.ReplyCode}\t{r.Reason}\t{r.HardBounce}\t{r.Decision?.By}");
        }
    }
}
