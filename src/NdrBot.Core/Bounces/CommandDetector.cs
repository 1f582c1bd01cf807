namespace NdrBot.Core.Bounces;

/// <summary>Tells which SMTP command a failure answered, from how MTAs describe it.</summary>
internal static class CommandDetector
{
    private static readonly (string Marker, string Command)[] Markers =
    [
        ("rcpt to", "RCPT"), ("rcpt command", "RCPT"), ("mail from", "MAIL"), ("mail command", "MAIL"),
        ("end of data", "DATA"), ("final data", "DATA"), ("data command", "DATA"), ("after data", "DATA"),
        ("helo", "HELO"), ("ehlo", "HELO"), ("initial connection", "CONN"), ("greeting", "CONN"),
        ("starttls", "STARTTLS"),
    ];

    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        string? best = null;
        var bestAt = int.MaxValue;
        foreach (var (marker, command) in Markers)
        {
            var at = lower.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt)
            {
                best = command;
                bestAt = at;
            }
        }

        return best;
    }
}
