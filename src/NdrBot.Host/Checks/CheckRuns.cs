using System.Threading.Channels;
using NdrBot.Cards.Model;

namespace NdrBot.Host.Checks;

/// <summary>
/// Pairs each answer's checks with its card. A card is ready to update once both its checks are done and its
/// channel has said where it was posted, whichever comes last; ready cards go to <see cref="Ready"/>, which the
/// <see cref="CheckWorker"/> drains. The update puts the case's card as it is then: with the checks when they were
/// stored, else without the "checking" line. The web chat posts nowhere (its page asks for the card), so its runs
/// end when done. Runs live in this replica's memory, as the replies that post their cards do.
/// </summary>
internal sealed class CheckRuns(TimeProvider time)
{
    /// <summary>How long finished checks wait for their card to be posted (a reply kept in the outbox may post it late).</summary>
    public static readonly TimeSpan WaitForCard = TimeSpan.FromMinutes(15);

    private const int ReadyCapacity = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<CheckRun>> _byCase = new(StringComparer.Ordinal);
    private readonly Channel<(CheckRun Run, CardLocation Card)> _ready = Channel.CreateBounded<(CheckRun, CardLocation)>(
        new BoundedChannelOptions(ReadyCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private DateTimeOffset _pruned = DateTimeOffset.MinValue;

    /// <summary>Cards whose checks are done and whose place is known, to be updated.</summary>
    public ChannelReader<(CheckRun Run, CardLocation Card)> Ready => _ready.Reader;

    public CheckRun Begin(string caseId, ChatChannel channel)
    {
        var run = new CheckRun(caseId, channel);
        lock (_gate)
        {
            Prune(time.GetUtcNow());
            if (!_byCase.TryGetValue(caseId, out var runs))
            {
                _byCase[caseId] = runs = [];
            }

            runs.Add(run);
        }

        return run;
    }

    /// <summary>Forgets a run that will not happen (the queue was full).</summary>
    public void Abandon(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_gate)
        {
            Remove(run);
        }
    }

    /// <summary>Whether checks for the case are running here now (a card rebuilt meanwhile shows them as pending).</summary>
    public bool IsRunning(string caseId)
    {
        lock (_gate)
        {
            return _byCase.TryGetValue(caseId, out var runs) && runs.Exists(r => r.FinishedAt is null);
        }
    }

    /// <summary>The run's checks are done. False when its card was ready but could not be queued.</summary>
    public bool Finished(CheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_gate)
        {
            run.FinishedAt = time.GetUtcNow();
            if (run.Card is { } card)
            {
                Remove(run);
                return _ready.Writer.TryWrite((run, card));
            }

            if (run.Channel == ChatChannel.WebChat)
            {
                Remove(run);
            }

            return true;
        }
    }

    /// <summary>
    /// The channel posted a case's card. The oldest run of that case and channel still without a card takes it; when
    /// its checks are already done the card is ready at once. False when it was ready but could not be queued.
    /// </summary>
    public bool CardPosted(string caseId, CardLocation card)
    {
        ArgumentNullException.ThrowIfNull(card);
        lock (_gate)
        {
            if (!_byCase.TryGetValue(caseId, out var runs) || runs.Find(r => r.Channel == card.Channel && r.Card is null) is not { } run)
            {
                return true;
            }

            run.Card = card;
            if (run.FinishedAt is null)
            {
                return true;
            }

            Remove(run);
            return _ready.Writer.TryWrite((run, card));
        }
    }

    private void Remove(CheckRun run)
    {
        if (_byCase.TryGetValue(run.CaseId, out var runs) && runs.Remove(run) && runs.Count == 0)
        {
            _byCase.Remove(run.CaseId);
        }
    }

    /// <summary>Drops runs whose card never came (at most once a minute, so answering stays cheap).</summary>
    private void Prune(DateTimeOffset now)
    {
        if (now - _pruned < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _pruned = now;
        foreach (var stale in _byCase.Values.SelectMany(r => r).Where(r => r.FinishedAt is { } at && now - at > WaitForCard).ToList())
        {
            Remove(stale);
        }
    }
}
