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
                var value = block["Final-Recipient"] ?? block["Original-Recipient"];
                if (value is not null)
                {
                    found.Add(Address(value));
                }
            }
        }

        return found;
    }

    /// <summary>"rfc822; &lt;a@b&gt;" → "a@b".</summary>
    private static string Address(string value)
    {
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        return value[(semicolon + 1)..].Trim().Trim('<', '>').Trim();
    }
}
