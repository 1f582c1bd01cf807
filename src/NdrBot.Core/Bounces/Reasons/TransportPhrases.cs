namespace NdrBot.Core.Bounces.Reasons;

/// <summary>Phrases about delivery itself: rate limits, connections, timeouts, remote system faults.</summary>
internal static class TransportPhrases
{
    public static readonly PhraseRule RateLimited = new(ReasonNames.RateLimited,
    [
        "rate limit", "ratelimit", "rate-limit", "too many messages", "sending too fast", "too fast", "throttl",
        "exceeded the rate", "sending rate", "message rate", "too many emails", "too many mails", "daily sending quota",
        "sending limit", "daily limit", "hourly limit", "limit exceeded for sender", "outbound limit",
        "too many recipients in", "messages per", "temporarily deferred due to unexpected volume", "quota of sent",
        "maximum number of messages", "mass mail", "exceeded the limit on", "10 mb", "10mb", "10 minute",
    ]);

    public static readonly PhraseRule TooManyConn = new(ReasonNames.TooManyConn,
    [
        "too many connections", "too many concurrent", "connection limit", "too many sessions",
        "too many simultaneous", "connection rate limit", "concurrent connections", "frequency limited", "trop de connexions",
    ]);

    public static readonly PhraseRule Expired = new(ReasonNames.Expired,
    [
        "delivery time expired", "message expired", "retry time", "retry timeout exceeded", "could not be delivered within",
        "unable to deliver in", "was not delivered within", "giving up", "queue too long", "too long in queue",
        "delivery expired", "message timed out", "has been delayed", "delivery has been delayed", "failed for",
        "delivery attempts will continue", "still undeliverable after", "could not deliver for", "expired",
        "delivery failed * attempts", "have been failing for", "gave up", "timeout exceeded", "retry limit",
        "couldn't be delivered in", "maximum retries", "no delivery after", "has not been delivered",
        "connection timed out", "timed out", "in the queue too long", "allowed queue period", "after multiple retries",
        "it has not been collected after", "did not accept our requests to connect",
    ]);

    public static readonly PhraseRule NetworkError = new(ReasonNames.NetworkError,
    [
        "network error", "could not connect", "connection reset", "connection refused", "host not found, try again",
        "host is unreachable", "host name lookup failure", "malformed name server reply", "message looping",
        "mail forwarding loop", "forwarding loop count", "routing loop", "unable to resolve route",
        "no route to host", "too many hops", "mail loop", "routing loop", "loop detected", "hop count exceeded",
        "dns lookup failure", "temporary failure in name resolution", "name server", "network is unreachable",
        "lost connection", "connection dropped", "unable to connect", "lookup failure",
        "no relevant answers", "dns error",
        "host not reachable", "unreachable", "misconfigured", "could not resolve",
    ]);

    public static readonly PhraseRule SystemError = new(ReasonNames.SystemError,
    [
        "system error", "internal error", "internal server error", "server error", "local error",
        "temporary failure", "try again later", "service not available", "system failure", "mail system error",
        "configuration error", "server configuration", "unavailable", "resources temporarily", "i/o error",
        "system is not configured", "processing error", "unexpected", "mail server temporarily rejected",
        "queue file write error",
    ]);

    public static readonly PhraseRule SystemFull = new(ReasonNames.SystemFull,
    [
        "mail system full", "insufficient system storage", "system storage", "disk full", "out of disk",
        "not enough disk", "no space left",
    ]);

    public static readonly PhraseRule MailerError = new(ReasonNames.MailerError,
    [
        "x-unix", "mailer error", "exited with", "procmail", "command died", "pipe to", "unknown mailer error",
        "program exited", "exit status",
    ]);

    public static readonly PhraseRule SyntaxError = new(ReasonNames.SyntaxError,
    [
        "syntax error", "command unrecognized", "unrecognized command", "command not recognized", "bad sequence",
        "invalid command", "line too long in smtp",
    ]);
}
