using NdrBot.Core.Text;

namespace NdrBot.Core.Diagnosis;

/// <summary>
/// Tells from a report whether the sending server has given up or still retries: the DSN <c>Action</c> field first
/// (RFC 3464: failed or delayed), then the report's own words, then the class of a reply that has no report around it.
/// A code asked about on its own cannot tell.
/// </summary>
internal static class DeliveryStateReader
{
    /// <summary>Only the start of a report is read: the human notice and the DSN fields come before the returned message.</summary>
    public const int MaxReportChars = 64 * 1024;

    // Note: words of a report written once the server has stopped (Exchange's QUEUE.Expired, Exim's "retry timeout
    // exceeded", qmail's "I've given up", Postfix's "status=bounced" log line). They outrank a delay warning's words,
    // which an expiry notice may quote.
    private static readonly string[] GaveUp =
    [
        "has stopped trying", "stopped trying", "gave up", "given up", "giving up", "queue.expired", "message expired",
        "retry timeout exceeded", "will not be retried", "will not retry", "won't be retried", "no more retries",
        "status=bounced", "cannot send message for", "in the time limit specified", "delivery time expired",
    ];

    // Note: a delay warning says the message is still queued (Postfix "THIS IS A WARNING ONLY", Exchange "Delivery is
    // delayed", Gmail "will retry for", Sendmail "Will keep trying"). It can also say "could not be delivered for 4
    // hours", so it outranks the failure-notice words below.
    private static readonly string[] StillTrying =
    [
        "this is a warning only", "this is only a warning", "warning message only", "you do not need to resend", "will be retried until", "will retry for", "will retry until",
        "will keep trying", "still trying", "still being retried", "delivery will continue to be attempted",
        "delivery attempts will continue", "has not yet been delivered", "hasn't been delivered yet", "not been delivered yet",
        "delivery is delayed", "delivery has been delayed", "delivery delayed", "delayed mail", "(delay)", "status=deferred",
        "no action is required on your part", "will continue to try",
    ];

    // Note: the wording of a failure notice; a sending server sends one only once it has stopped trying.
    private static readonly string[] FailureNotice =
    [
        "permanent error", "permanent fatal error", "could not be delivered", "couldn't be delivered", "wasn't delivered",
        "was not delivered", "delivery has failed", "undeliverable", "message not delivered", "returned mail",
        "returning message to sender", "mail delivery failed", "failure notice", "delivery failure", "(failure)",
    ];

    private static readonly PhraseSet GaveUpSet = new(GaveUp, StringComparison.OrdinalIgnoreCase);
    private static readonly PhraseSet StillTryingSet = new(StillTrying, StringComparison.OrdinalIgnoreCase);
    private static readonly PhraseSet FailureNoticeSet = new(FailureNotice, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// For one recipient of a report: its DSN action, the report's words (read once per report by
    /// <see cref="FromReport"/>, as they are the same for every recipient), then its status class.
    /// </summary>
    public static DeliveryVerdict ForRecipient(string? action, string? status, DeliveryVerdict? byWords)
    {
        switch (action)
        {
            case "failed":
                return new(DeliveryState.Final, "The report's Action field says failed.");
            case "delayed":
                return new(DeliveryState.Retrying, "The report's Action field says delayed (a delay warning).");
            case "delivered" or "relayed" or "expanded":
                return new(DeliveryState.Delivered, $"The report's Action field says {action}.");
        }

        if (byWords is not null)
        {
            return byWords;
        }

        return status?[0] switch
        {
            '5' => new(DeliveryState.Final, "A permanent (5xx) refusal, which a sending server does not retry."),
            '4' => new(DeliveryState.Unknown, "A temporary (4xx) refusal with no report around it: servers retry these until their queue time runs out, but nothing here shows whether this one still is."),
            '2' => new(DeliveryState.Delivered, "A success status."),
            _ => Unknown,
        };
    }

    /// <summary>What the report's own words say (a delay warning, a failure notice), or null when they say nothing.</summary>
    public static DeliveryVerdict? FromReport(string? reportText) => FromWords(reportText);

    /// <summary>For a code asked about in chat: only words of a report in the question can tell.</summary>
    public static DeliveryVerdict ForQuestion(string? text) => FromWords(text) ?? Unknown;

    private static DeliveryVerdict Unknown { get; } = new(
        DeliveryState.Unknown,
        "A code alone cannot tell; paste the whole bounce to find out.");

    private static DeliveryVerdict? FromWords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxReportChars));
        if (Found(span, GaveUpSet, GaveUp) is { } gaveUp)
        {
            return new(DeliveryState.Final, $"The report says \"{gaveUp}\".");
        }

        if (Found(span, StillTryingSet, StillTrying) is { } trying)
        {
            return new(DeliveryState.Retrying, $"The report is a delay warning (\"{trying}\").");
        }

        return Found(span, FailureNoticeSet, FailureNotice) is { } failed
            ? new(DeliveryState.Final, $"The report is a failure notice (\"{failed}\"); one is sent only once the server has stopped trying.")
            : null;
    }

    /// <summary>The phrase of the list that occurs first in the text, as the list writes it.</summary>
    private static string? Found(ReadOnlySpan<char> text, PhraseSet set, string[] phrases)
    {
        var at = set.IndexIn(text);
        if (at < 0)
        {
            return null;
        }

        string? found = null;
        foreach (var phrase in phrases)
        {
            if ((found is null || phrase.Length > found.Length) && text[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                found = phrase;
            }
        }

        return found;
    }
}
