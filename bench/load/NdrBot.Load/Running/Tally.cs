using NdrBot.Load.Mix;

namespace NdrBot.Load.Running;

/// <summary>One connection's counts and latency samples (Stopwatch ticks); merged after a phase.</summary>
internal sealed class Tally
{
    public List<long> Ack { get; } = [];

    public List<long> Turn { get; } = [];

    public long Ok { get; set; }

    public long HttpErrors { get; set; }

    public long ReplyTimeouts { get; set; }

    public long RepliesWithoutCard { get; set; }

    public Dictionary<MessageKind, long> ByKind { get; } = [];

    public static Tally Merge(IEnumerable<Tally> parts)
    {
        var all = new Tally();
        foreach (var part in parts)
        {
            all.Ack.AddRange(part.Ack);
            all.Turn.AddRange(part.Turn);
            all.Ok += part.Ok;
            all.HttpErrors += part.HttpErrors;
            all.ReplyTimeouts += part.ReplyTimeouts;
            all.RepliesWithoutCard += part.RepliesWithoutCard;
            foreach (var (kind, count) in part.ByKind)
            {
                all.ByKind[kind] = all.ByKind.GetValueOrDefault(kind) + count;
            }
        }

        return all;
    }
}
