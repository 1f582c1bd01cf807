using System.Globalization;

namespace NdrBot.Load.Measuring;

/// <summary>The machine's 1-minute load average from /proc/loadavg: other work on a shared machine shows here.</summary>
internal static class LoadAverage
{
    public static double? OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
