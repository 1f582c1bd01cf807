namespace NdrBot.Teams.Connector;

/// <summary>
/// The outcome of one Connector call after the resilience handler's retries. <see cref="Id"/> is the new activity's
/// id (may be null on success). <see cref="Retryable"/> says whether trying again later could help (429, 408, 5xx,
/// timeouts, network errors); a 400 or 403 will not change. <see cref="Error"/> is a short code for logs and the outbox.
/// </summary>
public sealed record ConnectorResult(bool Sent, string? Id, bool Retryable, string? Error)
{
    public static ConnectorResult Success(string? id) => new(true, id, false, null);

    public static ConnectorResult Failed(int status) =>
        new(false, null, status is 408 or 429 or >= 500, "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ConnectorResult Unreachable(string error) => new(false, null, true, error);

    /// <summary>A call NdrBot would not make; trying again cannot help.</summary>
    public static ConnectorResult Refused(string error) => new(false, null, false, error);
}
