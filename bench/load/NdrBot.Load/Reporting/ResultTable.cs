using System.Globalization;
using System.Text;
using NdrBot.Load.Running;

namespace NdrBot.Load.Reporting;

/// <summary>
/// The side-by-side table of every bot and connection count, and issue 18's targets checked against it: NdrBot's
/// server CPU per turn at most half the peer's (every connection count), at least 2× the peer's turns/s and p99 at
/// most 20 ms (throughput at 16 and 64 connections, p99 at 16), peak RSS at most 120 MB, no errors.
/// </summary>
internal static class ResultTable
{
    public const string NdrBot = "ndrbot";
    public const string Peer = "botbuilder";

    public static string Markdown(IReadOnlyList<LevelResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var md = new StringBuilder();
        md.AppendLine("| bot | conns | turns/s | p50 ms | p90 ms | p99 ms | ack p99 ms | errors | card replies | peak RSS MB | server CPU ms/turn | load avg |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            md.AppendLine(Invariant($"| {r.Bot} | {r.Connections} | {r.TurnsPerSecond:0.0} | {r.TurnMs.P50:0.00} | {r.TurnMs.P90:0.00} | {r.TurnMs.P99:0.00} | {r.AckMs.P99:0.00} | {r.Errors} ({r.ErrorRate:0.##%}) | {r.CardReplies}/{r.Turns} | {Opt(r.PeakRssMb)} | {Opt(r.ServerCpuMsPerTurn)} | {Opt(r.LoadAverageStart)}–{Opt(r.LoadAverageEnd)} |"));
        }

        md.AppendLine();
        foreach (var line in Targets(results))
        {
            md.AppendLine("- " + line);
        }

        return md.ToString();
    }

    public static IEnumerable<string> Targets(IReadOnlyList<LevelResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var ours in results.Where(r => r.Bot == NdrBot))
        {
            var peer = results.FirstOrDefault(r => r.Bot == Peer && r.Connections == ours.Connections);
            var ratio = peer is { TurnsPerSecond: > 0 } ? ours.TurnsPerSecond / peer.TurnsPerSecond : (double?)null;
            var cpu = peer?.ServerCpuMsPerTurn is > 0 && ours.ServerCpuMsPerTurn is { } mine ? mine / peer.ServerCpuMsPerTurn : null;
            var busy = ours.Connections >= 16;
            yield return Invariant($"{ours.Connections} conns: CPU/turn {(cpu is { } c ? $"{c:0.00}× the peer's" : "peer not measured")} ({Mark(cpu <= 0.5)} ≤ 0.5×), ")
                + Invariant($"throughput {(ratio is { } x ? $"{x:0.0}× the peer" : "peer not measured")}{(busy ? $" ({Mark(ratio >= 2)} ≥ 2×)" : "")}, ")
                + Invariant($"p99 {ours.TurnMs.P99:0.0} ms{(ours.Connections == 16 ? $" ({Mark(ours.TurnMs.P99 <= 20)} ≤ 20 ms)" : "")}, ")
                + Invariant($"peak RSS {Opt(ours.PeakRssMb)} MB ({Mark(ours.PeakRssMb <= 120)} ≤ 120 MB), errors {ours.Errors} ({Mark(ours.Errors == 0)} none)");
        }
    }

    private static string Mark(bool met) => met ? "met" : "MISSED";

    private static string Opt(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
