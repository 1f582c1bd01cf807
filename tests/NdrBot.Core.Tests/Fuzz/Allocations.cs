namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Bytes allocated on this thread while an action runs: a measure of work that does not depend on the clock.</summary>
internal static class Allocations
{
    public static long Of(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
