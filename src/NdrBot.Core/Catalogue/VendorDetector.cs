namespace NdrBot.Core.Catalogue;

/// <summary>Guesses which mail system wrote a piece of bounce text from its tell-tale phrases.</summary>
public static class VendorDetector
{
    // Note: order matters; the first vendor with a marker in the text wins. Exchange Online before Exchange
    // Server because Microsoft 365 NDRs also carry the on-premises wording.
    private static readonly (Vendor Vendor, string[] Markers)[] Markers =
    [
        (Vendor.Gmail, ["gsmtp", "mx.google.com", "googlemail.com", "gmail.com", "support.google.com", "google workspace", "gcdp"]),
        (Vendor.ExchangeOnline, ["protection.outlook.com", "prod.outlook.com", "exchange online", "office 365", "microsoft 365", "office365", "exchangelabs.com"]),
        (Vendor.OutlookCom, ["hotmail.com", "live.com", "outlook.com", "msn.com"]),
        (Vendor.ExchangeServer, ["microsoft exchange", "diagnostic information for administrators", "resolver.", "storedrv", "#smtp#", "msexch"]),
        (Vendor.Postfix, ["postfix", "this is the mail system at host"]),
        (Vendor.Exim, ["exim", "a message that you sent could not be delivered"]),
        (Vendor.Sendmail, ["sendmail", "transcript of session follows"]),
        (Vendor.Yahoo, ["yahoo.com", "yahoo!", "yahoodns"]),
    ];

    public static Vendor? Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var (vendor, markers) in Markers)
        {
            foreach (var marker in markers)
            {
                if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return vendor;
                }
            }
        }

        return null;
    }
}
