using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

public sealed class WriterGateTests
{
    [Fact]
    public async Task SecondWriter_WaitsUntilTheFirstLeaseIsDisposed()
    {
        using var gate = new WriterGate();
        var first = await gate.EnterAsync(CancellationToken.None);

        var second = gate.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DisposingALeaseTwice_ReleasesTheGateOnce()
    {
        using var gate = new WriterGate();
        var first = await gate.EnterAsync(CancellationToken.None);
        await first.DisposeAsync();
        await first.DisposeAsync();

        await using var second = await gate.EnterAsync(CancellationToken.None);
        var third = gate.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);

        Assert.False(third.IsCompleted);
    }

    [Fact]
    public async Task Waiting_IsCancellable()
    {
        using var gate = new WriterGate();
        await using var held = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(cancel.Token).AsTask());
    }
}
