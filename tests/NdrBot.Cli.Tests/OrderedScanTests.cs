using NdrBot.Cli.Scanning;

namespace NdrBot.Cli.Tests;

public sealed class OrderedScanTests
{
    [Fact]
    public async Task RunAsync_LaterFilesFinishFirst_YieldsWalkOrder()
    {
        var targets = Enumerable.Range(0, 24).Select(i => new ScanTarget($"f{i:D2}.eml")).ToList();

        // Note: the earlier a file is in the walk, the longer it takes, so completion order is roughly reversed.
        var results = new List<string>();
        await foreach (var result in OrderedScan.RunAsync(targets, t => Slow(t, 24 - int.Parse(t.Path[1..3])), window: 6))
        {
            results.Add(result.File);
        }

        Assert.Equal(targets.Select(t => t.Path), results);
    }

    [Fact]
    public async Task RunAsync_ManyFiles_NeverHoldsMoreThanTheWindow()
    {
        var inFlight = 0;
        var peak = 0;
        ScanResult Scan(ScanTarget t)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref inFlight);
            return new ScanResult(t.Path, null, null);
        }

        var count = 0;
        await foreach (var _ in OrderedScan.RunAsync(Enumerable.Range(0, 60).Select(i => new ScanTarget($"{i}.eml")), Scan, window: 3))
        {
            count++;
        }

        Assert.Equal(60, count);
        Assert.InRange(peak, 1, 3);
    }

    private static ScanResult Slow(ScanTarget target, int milliseconds)
    {
        Thread.Sleep(milliseconds);
        return new ScanResult(target.Path, null, null);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
