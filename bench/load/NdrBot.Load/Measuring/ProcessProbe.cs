using System.Globalization;

namespace NdrBot.Load.Measuring;

/// <summary>
/// Reads a server process's memory and CPU from /proc: VmRSS and VmHWM (peak RSS) from <c>status</c>, user and
/// system CPU ticks from <c>stat</c>. Values are null when the process is gone or /proc is not there.
/// </summary>
internal sealed class ProcessProbe(int pid)
{
    // Note: /proc/<pid>/stat counts CPU in clock ticks; USER_HZ is 100 on every Linux this runs on.
    private const double TicksPerSecond = 100.0;

    public int Pid => pid;

    public long? RssKiB() => StatusKiB("VmRSS:");

    public long? PeakRssKiB() => StatusKiB("VmHWM:");

    /// <summary>User and system CPU seconds used so far.</summary>
    public (double User, double System)? CpuSeconds()
    {
        var stat = Read($"/proc/{pid}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        if (stat is null || close < 0)
        {
            return null;
        }

        // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? (user / TicksPerSecond, system / TicksPerSecond)
            : null;
    }

    public bool IsAlive() => Directory.Exists($"/proc/{pid}");

    /// <summary>Seconds since the process started (10 ms resolution): <c>stat</c> field 22 against /proc/uptime.</summary>
    public double? SecondsSinceStart()
    {
        var stat = Read($"/proc/{pid}/stat");
        var close = stat?.LastIndexOf(')') ?? -1;
        var uptime = Read("/proc/uptime")?.Split(' ')[0];
        if (stat is null || close < 0 || uptime is null)
        {
            return null;
        }

        // Fields after "(comm)": starttime is field 22, the 20th here.
        var fields = stat[(close + 2)..].Split(' ');
        return fields.Length > 19
            && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            && double.TryParse(uptime, NumberStyles.Float, CultureInfo.InvariantCulture, out var now)
            ? now - (started / TicksPerSecond)
            : null;
    }

    private long? StatusKiB(string field)
    {
        foreach (var line in (Read($"/proc/{pid}/status") ?? "").Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal)
                && long.TryParse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                return kib;
            }
        }

        return null;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
