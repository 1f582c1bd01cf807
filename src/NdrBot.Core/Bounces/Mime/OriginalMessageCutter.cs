using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Mime;

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

    private static readonly PhraseSet AnyMarker = new(Markers, StringComparison.OrdinalIgnoreCase);

    public static string Cut(string text)
    {
        // Note: only each marker's first occurrence counts, and it must lie past the opening 40 characters. Walk
        // the places where any marker starts, in order, remembering which markers were already seen early.
        var span = text.AsSpan();
        var seen = 0UL;
        var offset = 0;
        while (offset < span.Length)
        {
            var hit = AnyMarker.IndexIn(span[offset..]);
            if (hit < 0)
            {
                break;
            }

            offset += hit;
            for (var i = 0; i < Markers.Length; i++)
            {
                if ((seen & (1UL << i)) == 0 && span[offset..].StartsWith(Markers[i], StringComparison.OrdinalIgnoreCase))
                {
                    if (offset > 40 && !AnnouncesAttachment(span[(offset + Markers[i].Length)..]))
                    {
                        return text[..offset];
                    }

                    seen |= 1UL << i;
                }
            }

            offset++;
        }

        return text;
    }

    // Note: "The original message follows as a separate attachment." (Courier's notice) announces a MIME part that
    // comes after the delivery-status part; a paste of all the parts shows the DSN fields below the sentence, so the
    // sentence is no place to cut. A later marker still cuts.
    private static bool AnnouncesAttachment(ReadOnlySpan<char> after) =>
        after.TrimStart().StartsWith("as a separate attachment", StringComparison.OrdinalIgnoreCase);
}
