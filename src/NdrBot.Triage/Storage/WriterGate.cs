namespace NdrBot.Triage.Storage;

/// <summary>One writer at a time within the process: an async lock whose lease releases it when disposed.</summary>
internal sealed class WriterGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>A lease that holds nothing, for stores that need no gate.</summary>
    public static IAsyncDisposable Free { get; } = new Lease(null);

    public async ValueTask<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Lease(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Lease(SemaphoreSlim? gate) : IAsyncDisposable
    {
        private SemaphoreSlim? held = gate;

        public ValueTask DisposeAsync()
        {
            Interlocked.Exchange(ref held, null)?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
