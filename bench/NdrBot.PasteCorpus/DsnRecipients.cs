using MimeKit;

namespace NdrBot.PasteCorpus;

/// <summary>
/// The recipients a message's own delivery-status part names (RFC 3464 §2.3: Final-Recipient, else
/// Original-Recipient, one per recipient block, in order). Labels kept outside the repository mostly leave the
/// recipient unstated; the message's own DSN fields state it, as they did for the public samples' labels.
/// </summary>
internal static class DsnRecipients
{
    public static IReadOnlyList<string> Of(MimeMessage message)
    {
        var found = new List<string>();
        foreach (var part in message.BodyParts.OfType<MessageDeliveryStatus>())
        {
            foreach (var block in part.StatusGroups.Skip(1))
            {
                // Note: a Final-Recipient that is no mailbox (a file or pipe an alias led to, a bare route) falls
                // back to the Original-Recipient, else the row's recipient stays unstated ("").
                if (block["Final-Recipient"] is not null || block["Original-Recipient"] is not null)
                {
                    found.Add(Mailbox(block["Final-Recipient"]) ?? Mailbox(block["Original-Recipient"]) ?? "");
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "rfc822; &lt;a@b&gt;" → "a@b"; a source route before the mailbox ("@relay:a@b", RFC 5321 §4.1.2 and
    /// Appendix C) is dropped; null unless what is left is local-part@domain.
    /// </summary>
    private static string? Mailbox(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var address = value[(value.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim().Trim('<', '>').Trim();
        if (address.StartsWith('@') && address.LastIndexOf(':') is var colon and > 0)
        {
            address = address[(colon + 1)..];
        }

        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1 && !address.Contains(' ', StringComparison.Ordinal) ? address : null;
    }
}
