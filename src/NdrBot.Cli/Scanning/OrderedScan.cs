using System.Runtime.CompilerServices;

namespace NdrBot.Cli.Scanning;

/// <summary>
/// Scans files on the thread pool, a bounded window of them at a time, and yields the results in the walk's
/// order. Memory stays flat: at most <c>window</c> files (each at most the input limit) are held at once.
/// </summary>
internal static class OrderedScan
{
    public static int DefaultWindow => Math.Max(2, Environment.ProcessorCount * 4);

    public static async IAsyncEnumerable<ScanResult> RunAsync(
        IEnumerable<ScanTarget> targets, Func<ScanTarget, ScanResult> scan, int window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var pending = new Queue<Task<ScanResult>>(window);
        foreach (var target in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pending.Enqueue(Task.Run(() => scan(target), cancellationToken));
            if (pending.Count >= window)
            {
                yield return await pending.Dequeue();
            }
        }

        while (pending.Count > 0)
        {
            yield return await pending.Dequeue();
        }
    }
}
