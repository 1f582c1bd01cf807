using MimeKit;
using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Mime;

/// <summary>
/// Walks a parsed message with MimeKit, at most <c>maxDepth</c> levels deep, and gathers what a bounce analysis
/// needs: headers, DSN status groups, ARF fields, the visible report text and the returned original's addresses.
/// </summary>
internal static class MessageInspector
{
    private const int MaxParts = 200;

    public static MessageFacts Inspect(MimeMessage message, int maxDepth)
    {
        var walk = new Walk(maxDepth);
        walk.Visit(message.Body, 0);
        var text = walk.Plain.Count > 0 ? string.Join("\n", walk.Plain) : string.Join("\n", walk.Html.Select(HtmlText.ToText));
        return new MessageFacts
        {
            From = message.From.Mailboxes.FirstOrDefault()?.Address?.ToLowerInvariant(),
            To = [.. message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant())],
            Subject = message.Subject ?? "",
            AutoReplyHeaders = HasAutoReplyHeaders(message.Headers),
            FailedRecipientsHeader = Addresses(message.Headers["X-Failed-Recipients"]),
            DsnGroups = walk.Groups,
            ReportingMta = walk.ReportingMta,
            Feedback = walk.Feedback,
            Text = TextTools.NormaliseNewlines(text),
            OriginalFrom = walk.OriginalFrom,
            OriginalTo = walk.OriginalTo,
            Attached = walk.Attached,
            DepthExceeded = walk.DepthExceeded,
        };
    }

    private static bool HasAutoReplyHeaders(HeaderList headers)
    {
        var auto = headers["Auto-Submitted"];
        var precedence = headers["Precedence"];
        return auto?.Contains("auto-replied", StringComparison.OrdinalIgnoreCase) == true
            || headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond") || headers.Contains("X-Autoresponder")
            || precedence?.Contains("auto_reply", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static List<string> Addresses(string? value) =>
        string.IsNullOrEmpty(value) ? [] : [.. AddressScanner.Scan(value.AsSpan(), 50).Select(f => f.Address).Distinct()];

    private sealed class Walk(int maxDepth)
    {
        private int _parts;

        public List<string> Plain { get; } = [];

        public List<string> Html { get; } = [];

        public List<IReadOnlyDictionary<string, string>> Groups { get; } = [];

        public string? ReportingMta { get; private set; }

        public Dictionary<string, string>? Feedback { get; private set; }

        public string? OriginalFrom { get; private set; }

        public List<string> OriginalTo { get; private set; } = [];

        public List<MimeMessage> Attached { get; } = [];

        public bool DepthExceeded { get; private set; }

        public void Visit(MimeEntity? entity, int depth)
        {
            if (entity is null || ++_parts > MaxParts)
            {
                return;
            }

            if (depth > maxDepth)
            {
                DepthExceeded = true;
                return;
            }

            switch (entity)
            {
                case Multipart multipart:
                    if (multipart.Count == 0 && !string.IsNullOrWhiteSpace(multipart.Preamble))
                    {
                        // Note: a broken boundary leaves the whole report in the preamble (lhost-messagingserver-03).
                        Plain.Add(OriginalMessageCutter.Cut(TextTools.NormaliseNewlines(multipart.Preamble)));
                    }

                    foreach (var child in multipart)
                    {
                        Visit(child, depth + 1);
                    }

                    break;
                case MessageDeliveryStatus dsn:
                    ReadDsn(dsn);
                    break;
                case MessageFeedbackReport feedback:
                    Feedback = ToDictionary(feedback.Fields);
                    break;
                case MessagePart { Message: { } attached }:
                    Attached.Add(attached);
                    OriginalFrom ??= attached.From.Mailboxes.FirstOrDefault()?.Address?.ToLowerInvariant();
                    if (OriginalTo.Count == 0)
                    {
                        OriginalTo = [.. attached.To.Mailboxes.Select(m => m.Address.ToLowerInvariant())];
                    }

                    break;
                case MimePart { ContentType.MediaType: var media } when media.Equals("multipart", StringComparison.OrdinalIgnoreCase):
                    // Note: past ParserOptions.MaxMimeDepth MimeKit stops building multiparts and keeps the rest as
                    // one opaque part, so a walk alone never sees the limit crossed; this is where it shows.
                    DepthExceeded = true;
                    break;
                case TextPart text when text.ContentType.IsMimeType("text", "rfc822-headers"):
                    ReadOriginalHeaders(PartText.Read(text));
                    break;
                case TextPart text when text.IsHtml:
                    Html.Add(PartText.Read(text));
                    break;
                case TextPart text when !text.IsAttachment || text.IsPlain:
                    Plain.Add(OriginalMessageCutter.Cut(TextTools.NormaliseNewlines(PartText.Read(text))));
                    break;
            }
        }

        private void ReadDsn(MessageDeliveryStatus dsn)
        {
            // Note: the fields are read with the same reader as pasted DSN text, straight from the part's bytes;
            // MimeKit's StatusGroups runs a second MIME parser over them (half of a typical analysis's allocations).
            // When that finds no recipient group, MimeKit's reading is used: it also undoes Office 365's habit of
            // base64-encoding every group after the first (MimeKit issue #250).
            var found = false;
            foreach (var fields in DsnFields.Read(PartText.Read(dsn), MaxParts, blankLineEndsGroup: true))
            {
                found |= Take(fields);
            }

            if (found)
            {
                return;
            }

            foreach (var group in dsn.StatusGroups)
            {
                foreach (var fields in DsnFields.Read(string.Concat(group.Select(h => $"{h.Field}: {h.Value}\n")), MaxParts, blankLineEndsGroup: false))
                {
                    Take(fields);
                }
            }
        }

        private bool Take(Dictionary<string, string> fields)
        {
            if (fields.TryGetValue("reporting-mta", out var mta))
            {
                ReportingMta ??= mta;
            }

            if (fields.ContainsKey("final-recipient") || fields.ContainsKey("original-recipient"))
            {
                Groups.Add(fields);
                return true;
            }

            return false;
        }

        private void ReadOriginalHeaders(string headers)
        {
            foreach (var line in headers.AsSpan().EnumerateLines())
            {
                if (line.StartsWith("To:", StringComparison.OrdinalIgnoreCase) && OriginalTo.Count == 0)
                {
                    OriginalTo = Addresses(line[3..].ToString());
                }
                else if (line.StartsWith("From:", StringComparison.OrdinalIgnoreCase))
                {
                    OriginalFrom ??= AddressScanner.First(line[5..].ToString());
                }
            }
        }

        private static Dictionary<string, string> ToDictionary(HeaderList headers)
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers)
            {
                // Note: RFC 5965 §3.2 lets Original-Rcpt-To appear once per recipient of the reported message; the
                // values are kept one a line. Any other repeated field keeps its first value.
                if (!fields.TryAdd(header.Field, header.Value ?? "") && header.Field.Equals("original-rcpt-to", StringComparison.OrdinalIgnoreCase))
                {
                    fields[header.Field] += "\n" + header.Value;
                }
            }

            return fields;
        }
    }
}
