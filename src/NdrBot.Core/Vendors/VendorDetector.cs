using System.Buffers;

namespace NdrBot.Core.Vendors;

/// <summary>Guesses which mail system wrote a piece of bounce text from its tell-tale phrases.</summary>
public static class VendorDetector
{
    // Note: order matters; the first vendor with a marker in the text wins. Exchange Online before Exchange
    // Server because Microsoft 365 NDRs also carry the on-premises wording. The receiving providers and gateways
    // come before the MTAs (Postfix, Exim, Sendmail) that relay their words back in a bounce.
    private static readonly (Vendor Vendor, string[] Markers)[] Markers =
    [
        (Vendor.Gmail, ["gsmtp", "mx.google.com", "googlemail.com", "gmail.com", "support.google.com", "google workspace", "gcdp"]),
        (Vendor.ExchangeOnline, ["protection.outlook.com", "prod.outlook.com", "exchange online", "office 365", "microsoft 365", "office365", "exchangelabs.com"]),
        (Vendor.OutlookCom, ["hotmail.com", "live.com", "outlook.com", "msn.com"]),
        (Vendor.ExchangeServer, ["microsoft exchange", "diagnostic information for administrators", "resolver.", "storedrv", "#smtp#", "msexch"]),
        (Vendor.Yahoo, ["yahoo.com", "yahoo!", "yahoodns", "yahooinc.com"]),
        (Vendor.AppleIcloud, ["icloud.com", "apple.com"]),
        (Vendor.AmazonSes, ["amazonses", "amazon ses", "email-smtp."]),
        (Vendor.Sendgrid, ["sendgrid"]),
        (Vendor.Mailgun, ["mailgun"]),
        (Vendor.Mimecast, ["mimecast"]),
        (Vendor.Proofpoint, ["proofpoint", "pphosted.com"]),
        (Vendor.Barracuda, ["barracuda"]),
        (Vendor.Zoho, ["zoho.com", "zohomail"]),
        (Vendor.Postfix, ["postfix", "this is the mail system at host"]),
        (Vendor.Exim, ["exim", "a message that you sent could not be delivered"]),
        (Vendor.Sendmail, ["sendmail", "transcript of session follows"]),
    ];

    /// <summary>Every marker at once, so the text is read in one vectorised pass rather than once per marker.</summary>
    private static readonly SearchValues<string> AnyMarker =
        SearchValues.Create([.. Markers.SelectMany(m => m.Markers)], StringComparison.OrdinalIgnoreCase);

    public static Vendor? Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Note: the best (lowest) rank over every place a marker starts; rank 0 cannot be beaten, so stop there.
        var best = Markers.Length;
        var span = text.AsSpan();
        var offset = 0;
        while (best > 0 && offset < span.Length)
        {
            var hit = span[offset..].IndexOfAny(AnyMarker);
            if (hit < 0)
            {
                break;
            }

            offset += hit;
            best = Math.Min(best, RankAt(span[offset..], best));
            offset++;
        }

        return best < Markers.Length ? Markers[best].Vendor : null;
    }

    /// <summary>The lowest rank below <paramref name="limit"/> with a marker starting the text, else the limit.</summary>
    private static int RankAt(ReadOnlySpan<char> text, int limit)
    {
        for (var rank = 0; rank < limit; rank++)
        {
            foreach (var marker in Markers[rank].Markers)
            {
                if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return rank;
                }
            }
        }

        return limit;
    }
}
