namespace NdrBot.Core.Bounces;

/// <summary>
/// Cuts a report's text where the returned original message begins, so that addresses and codes quoted from the
/// original (its own To:, Received: lines) are not taken for the failure.
/// </summary>
internal static class OriginalMessageCutter
{
    // Note: lower-case markers as MTAs write them; the earliest one found (not at the very start) wins.
    private static readonly string[] Markers =
    [
        "------ this is a copy of the message",
        "------ this is a copy of your message",
        "--- the header of the original message",
        "----- original message -----",
        "original message follows",
        "original message headers:",
        "message headers follow",
        "included is a copy of the message header",
        "------- returned message --------",
        "--- below this line is a copy of the message",
        "----- original message follows",
        "----- the following is a copy of the message",
        "-------original message",
        "-------original mail info",
        "--- original message ---",
        "the original message was:",
        "------=_",
        "content-type: message/rfc822",
        "content-type: text/rfc822-headers",
        "====================================end",
        "unsent message below",
        "original message headers",
    ];

    public static string Cut(string text)
    {
        var lower = text.ToLowerInvariant();
        var cut = text.Length;
        foreach (var marker in Markers)
        {
            var at = lower.IndexOf(marker, StringComparison.Ordinal);
            if (at > 40 && at < cut)
            {
                cut = at;
            }
        }

        return cut == text.Length ? text : text[..cut];
    }
}
