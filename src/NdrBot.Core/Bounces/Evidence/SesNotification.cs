using System.Text;
using System.Text.Json;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// An Amazon SES event notification delivered by email (SNS "AWS Notification Message"): one JSON object whose
/// <c>notificationType</c> is Bounce, Complaint or Delivery, read into the DSN field groups and feedback fields the rest
/// of the analyser reads. Note: the object's fields are those of the SES Developer Guide, "Contents of notifications
/// for Amazon SES": bounce.bouncedRecipients[] (emailAddress, action, status, diagnosticCode), bounce.bounceType
/// (Permanent, Transient, Undetermined), complaint.complainedRecipients[] and complaintFeedbackType,
/// delivery.recipients[] and smtpResponse, and reportingMTA.
/// </summary>
internal sealed record SesNotification(IReadOnlyList<IReadOnlyDictionary<string, string>> Groups, IReadOnlyDictionary<string, string>? Feedback)
{
    private const int MaxRecipients = 500;

    private static readonly string[] Markers = ["{\"notificationType\"", "{\"eventType\""];

    public static SesNotification? Read(string text)
    {
        var at = Start(text);
        if (at < 0)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text[at..]), new JsonReaderOptions { MaxDepth = 16 });
            using var document = JsonDocument.ParseValue(ref reader);
            return From(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Start(string text)
    {
        foreach (var marker in Markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    private static SesNotification? From(JsonElement root)
    {
        var type = String(root, "notificationType") ?? String(root, "eventType");
        return type switch
        {
            "Bounce" when Object(root, "bounce") is { } bounce => new SesNotification(Bounced(bounce), null),
            "Delivery" when Object(root, "delivery") is { } delivery => new SesNotification(Delivered(delivery), null),
            "Complaint" when Object(root, "complaint") is { } complaint => new SesNotification([], Complained(complaint)),
            _ => null,
        };
    }

    private static List<IReadOnlyDictionary<string, string>> Bounced(JsonElement bounce)
    {
        // Note: SES's bounceType says whether it gave up (Permanent) or will not retry a soft failure (Transient).
        var fallbackStatus = String(bounce, "bounceType") == "Transient" ? "4.0.0" : "5.0.0";
        var groups = new List<IReadOnlyDictionary<string, string>>();
        foreach (var recipient in Array(bounce, "bouncedRecipients"))
        {
            if (String(recipient, "emailAddress") is not { } address)
            {
                continue;
            }

            var group = Group(address, String(recipient, "action") ?? "failed", String(recipient, "status") ?? fallbackStatus, String(bounce, "reportingMTA"));
            if (String(recipient, "diagnosticCode") is { Length: > 0 } diagnostic)
            {
                group["diagnostic-code"] = diagnostic;
            }

            groups.Add(group);
        }

        return groups;
    }

    private static List<IReadOnlyDictionary<string, string>> Delivered(JsonElement delivery)
    {
        var response = String(delivery, "smtpResponse");
        var status = response is null ? null : CodeExtractor.Find(response).Status;
        var groups = new List<IReadOnlyDictionary<string, string>>();
        foreach (var recipient in Array(delivery, "recipients"))
        {
            if (recipient.ValueKind == JsonValueKind.String && recipient.GetString() is { Length: > 0 } address)
            {
                var group = Group(address, "delivered", status ?? "2.0.0", String(delivery, "reportingMTA"));
                if (response is not null)
                {
                    group["diagnostic-code"] = "smtp; " + response;
                }

                groups.Add(group);
            }
        }

        return groups;
    }

    private static Dictionary<string, string> Complained(JsonElement complaint)
    {
        var addresses = Array(complaint, "complainedRecipients").Select(r => String(r, "emailAddress")).OfType<string>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            // Note: SES leaves complaintFeedbackType out when the provider's report gave none; ARF's generic type is abuse.
            ["feedback-type"] = String(complaint, "complaintFeedbackType") ?? "abuse",
        };
        if (string.Join('\n', addresses) is { Length: > 0 } joined)
        {
            fields["original-rcpt-to"] = joined;
        }

        return fields;
    }

    private static Dictionary<string, string> Group(string address, string action, string status, string? reportingMta)
    {
        var group = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["final-recipient"] = "rfc822; " + address,
            ["action"] = action,
            ["status"] = status,
        };
        if (reportingMta is not null)
        {
            group["reporting-mta"] = reportingMta;
        }

        return group;
    }

    private static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Take(MaxRecipients) : [];

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
