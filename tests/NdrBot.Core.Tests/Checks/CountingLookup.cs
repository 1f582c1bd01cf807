using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>
/// Wraps the real wire lookup: counts the questions that reach it and, while <see cref="Hold"/> is set, keeps
/// them waiting until <see cref="Release"/>, so a test can have several callers ask at the same moment.
/// </summary>
internal sealed class CountingLookup(IDnsLookup inner) : IDnsLookup
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public bool Hold { get; init; }

    public int Calls => Volatile.Read(ref _calls);

    public void Release() => _gate.TrySetResult();

    public async Task<DnsAnswer> LookupAsync(DnsQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Hold)
        {
            await _gate.Task;
        }

        return await inner.LookupAsync(query, cancellationToken);
    }
}
