using System.Globalization;
using NdrBot.Cards.Model;

namespace NdrBot.Cards.Building;

/// <summary>How a bounce card counts its recipients, the same on every channel ("10,000 recipients", "showing 8 of 10,000").</summary>
internal static class RecipientCountText
{
    /// <summary>"1 recipient", "20 recipients", or "10,000 recipients (the first 200 read)" when only some were read.</summary>
    public static string Who(int total, int read) =>
        (total == 1 ? "1 recipient" : Count(total) + " recipients")
        + (total > read ? $" (the first {Count(read)} read)" : "");

    /// <summary>The line under the rows when some are left off; null when every recipient is shown.</summary>
    public static string? LeftOff(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.MoreRecipients <= 0)
        {
            return null;
        }

        var total = Math.Max(answer.TotalRecipients, answer.Recipients.Count + answer.MoreRecipients);
        return $"…showing {Count(answer.Recipients.Count)} of {Count(total)} failed recipients.";
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
