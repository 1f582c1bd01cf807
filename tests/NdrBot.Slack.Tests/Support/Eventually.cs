namespace NdrBot.Slack.Tests.Support;

/// <summary>Waits (bounded) for background work to show an effect.</summary>
internal static class Eventually
{
    public static async Task<T> SingleAsync<T>(Func<IReadOnlyList<T>> read, int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (read().Count == 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        await Task.Delay(100, CancellationToken.None);
        return Assert.Single(read());
    }
}
