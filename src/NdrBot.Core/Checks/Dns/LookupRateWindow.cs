namespace NdrBot.Core.Checks.Dns;

/// <summary>At most <c>perMinute</c> lookups in each one-minute window. Not thread-safe: the caller holds its lock.</summary>
internal sealed class LookupRateWindow(int perMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private DateTimeOffset _start = DateTimeOffset.MinValue;
    private int _taken;

    public bool TryTake(DateTimeOffset now)
    {
        if (now - _start >= Window || now < _start)
        {
            _start = now;
            _taken = 0;
        }

        if (_taken >= perMinute)
        {
            return false;
        }

        _taken++;
        return true;
    }
}
