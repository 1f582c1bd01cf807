using System.Globalization;
using System.Text;
using MimeKit;

namespace NdrBot.PasteCorpus;

/// <summary>The text a mail client shows for a message, as someone selecting it all and copying would get it.</summary>
internal static class VisibleText
{
    public static string Render(MimeMessage message, MailClient client)
    {
        var body = new StringBuilder();
        Visit(message.Body, client, body);
        var text = body.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            // Note: a structure the client cannot make sense of is shown as the raw body.
            text = RawBody(message);
        }

        return client == MailClient.Gmail ? GmailHeader(message) + text : text;
    }

    private static void Visit(MimeEntity? entity, MailClient client, StringBuilder output)
    {
        switch (entity)
        {
            case MultipartAlternative alternative:
                Visit(Preferred(alternative, client), client, output);
                break;
            case Multipart { Count: 0 } broken when !string.IsNullOrWhiteSpace(broken.Preamble):
                // Note: a boundary that never matches leaves the whole report in the preamble; clients show it as text.
                Append(output, broken.Preamble);
                break;
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Visit(child, client, output);
                }

                break;
            case MessageDeliveryStatus or MessageFeedbackReport or MessagePart or TextPart { ContentType.MediaSubtype: "rfc822-headers" } when client == MailClient.Thunderbird:
                Inline(entity, output);
                break;
            case TextPart text when !text.IsAttachment && !text.ContentType.IsMimeType("text", "rfc822-headers"):
                Append(output, text.IsHtml ? HtmlToText.Convert(text.Text) : text.Text);
                break;
        }
    }

    private static string RawBody(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.Body?.WriteTo(FormatOptions.Default, stream, contentOnly: true);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
    }

    private static MimeEntity? Preferred(MultipartAlternative alternative, MailClient client)
    {
        var wanted = client == MailClient.Thunderbird ? "plain" : "html";
        return alternative.FirstOrDefault(e => e is TextPart t && t.ContentType.MediaSubtype.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? alternative.FirstOrDefault(e => e is not TextPart { IsHtml: true } || client != MailClient.Thunderbird)
            ?? alternative.FirstOrDefault();
    }

    /// <summary>Thunderbird shows a delivery-status part as its text and an attached message with a header summary.</summary>
    private static void Inline(MimeEntity entity, StringBuilder output)
    {
        switch (entity)
        {
            case MessagePart { Message: { } attached }:
                var summary = new StringBuilder();
                summary.Append("Subject: ").Append(attached.Subject).Append('\n');
                summary.Append("From: ").Append(attached.From).Append('\n');
                summary.Append("Date: ").Append(attached.Date.ToString("ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture)).Append('\n');
                summary.Append("To: ").Append(attached.To).Append('\n');
                Append(output, summary.ToString());
                Visit(attached.Body, MailClient.Thunderbird, output);
                break;
            case MimePart part:
                using (var content = new MemoryStream())
                {
                    part.Content?.DecodeTo(content);
                    Append(output, Encoding.UTF8.GetString(content.ToArray()));
                }

                break;
        }
    }

    private static void Append(StringBuilder output, string text)
    {
        if (output.Length > 0)
        {
            output.Append("\n\n");
        }

        output.Append(text.Trim('\n', '\r'));
    }

    /// <summary>What Gmail's conversation view shows above a message: sender, date, "to me".</summary>
    private static string GmailHeader(MimeMessage message)
    {
        var sender = message.From.Mailboxes.FirstOrDefault();
        var name = sender is null ? "" : string.IsNullOrEmpty(sender.Name) ? sender.Address : $"{sender.Name} <{sender.Address}>";
        var date = message.Date.ToString("ddd, MMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture);
        return $"{name}\n{date}\nto me\n\n";
    }
}
