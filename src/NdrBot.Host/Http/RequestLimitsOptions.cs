using System.ComponentModel.DataAnnotations;

namespace NdrBot.Host.Http;

/// <summary>
/// The <c>Limits</c> section: how long a request to a bot route may take in all, and how slowly a body may arrive.
/// A Teams or Slack request is a few KiB sent at once, so a client that trickles is cut off instead of holding a
/// connection and a request for minutes.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>The request-timeout policy on /api/messages, /api/webchat and /slack/*.</summary>
    public const string BotRoutesPolicy = "bot-routes";

    /// <summary>
    /// The whole request, body included, on the bot routes; past it the request is answered 408. Replies are queued
    /// after the answer, so a request needs well under a second; Slack itself gives up after 3 s, Teams after 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After <see cref="MinRequestBodyGracePeriod"/>, a body arriving slower than this is cut off (408); 0 turns the check off.</summary>
    [Range(0, 10_000_000)]
    public int MinRequestBodyBytesPerSecond { get; set; } = 1_024;

    /// <summary>Kestrel measures the body rate only after this long (more than its one-second heartbeat).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:01:00")]
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
