namespace NdrBot.Host.Tests.Drills;

/// <summary>Bounded polling for things that happen on background workers; no test asserts how long they took.</summary>
internal static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutSeconds = 30)
    {
        var started = TimeProvider.System.GetTimestamp();
        var value = await read();
        while (!done(value) && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(timeoutSeconds))
        {
            await Task.Delay(50);
            value = await read();
        }

        return value;
    }

    public static Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done, int timeoutSeconds = 30) =>
        WaitAsync(() => Task.FromResult(read()), done, timeoutSeconds);
}
