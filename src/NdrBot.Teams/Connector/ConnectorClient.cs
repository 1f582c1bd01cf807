using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Connector;

/// <summary>
/// The Connector REST calls NdrBot makes (protocol brief A3), through the named HttpClient <see cref="HttpClientName"/>,
/// to which the host adds its resilience handler (429 and transient 5xx retried, Retry-After honoured). The bot token
/// goes only to the activity's serviceUrl.
/// Every failure, a token that cannot be had included, comes back as a <see cref="ConnectorResult"/>, never as an exception.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TeamsMetrics metrics, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "ndrbot-connector";

    /// <summary>The error of a call that was not made because no bot token could be had.</summary>
    public const string TokenUnavailable = "token_unavailable";

    /// <summary>The error of a call that was not made because the serviceUrl is not a plain http(s) base (<see cref="ServiceUrls"/>).</summary>
    public const string BadServiceUrl = "bad_service_url";

    /// <summary>POST a reply: <c>/v3/conversations/{id}/activities/{replyToId}</c>, or to the conversation when there is no id.</summary>
    public async Task<bool> SendAsync(string serviceUrl, OutgoingActivity activity, CancellationToken cancellationToken = default) =>
        (await PostAsync(serviceUrl, activity, cancellationToken)).Sent;

    /// <summary>
    /// POST a reply and read the id the channel gave the new activity (the ResourceResponse), which a later
    /// <see cref="UpdateAsync"/> needs. The id is null when the call failed or the channel returned none.
    /// </summary>
    public Task<ConnectorResult> PostAsync(string serviceUrl, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = ActivitiesPath(activity.Conversation) + (activity.ReplyToId is { } replyTo ? "/" + Uri.EscapeDataString(replyTo) : "");
        return CallAsync(HttpMethod.Post, serviceUrl, path, activity, cancellationToken);
    }

    /// <summary>PUT a replacement for an earlier bot message (a card whose case changed).</summary>
    public Task<ConnectorResult> UpdateAsync(string serviceUrl, string activityId, OutgoingActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = ActivitiesPath(activity.Conversation) + "/" + Uri.EscapeDataString(activityId);
        return CallAsync(HttpMethod.Put, serviceUrl, path, activity, cancellationToken);
    }

    // Note: conversation ids of channel threads carry ";messageid=…"; the brief (A1) says escape the whole id.
    private static string ActivitiesPath(ConversationAccount? conversation) =>
        "v3/conversations/" + Uri.EscapeDataString(conversation?.Id ?? throw new ArgumentException("the activity has no conversation")) + "/activities";

    private async Task<ConnectorResult> CallAsync(HttpMethod method, string serviceUrl, string path, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        if (ServiceUrls.Combine(serviceUrl, path) is not { } address)
        {
            Log.ServiceUrlRefused(logger, method.Method, activity.Type);
            return ConnectorResult.Refused(BadServiceUrl);
        }

        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(method, address)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, TeamsJsonContext.Default.OutgoingActivity))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        try
        {
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Note: without a token the Connector would refuse the call anyway; the token endpoint being down or
            // unreachable is a failure that may pass, like a 503 from the Connector, so the reply goes to the outbox.
            Log.TokenUnavailable(logger, method.Method, activity.Type, ex.GetType().Name, (ex as MsalException)?.ErrorCode);
            metrics.OutboundFailure(activity.Type, TokenUnavailable);
            return ConnectorResult.Unreachable(TokenUnavailable);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                metrics.ConnectorCall(activity.Type, Stopwatch.GetElapsedTime(started));
                return ConnectorResult.Success(await ReadIdAsync(response, cancellationToken));
            }

            Log.ConnectorFailed(logger, method.Method, (int)response.StatusCode, activity.Type);
            metrics.OutboundFailure(activity.Type, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return ConnectorResult.Failed((int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.ConnectorError(logger, ex, method.Method, activity.Type);
            metrics.OutboundFailure(activity.Type, ex.GetType().Name);
            return ConnectorResult.Unreachable(ex is HttpRequestException ? "network_error" : ex is Polly.CircuitBreaker.BrokenCircuitException ? "circuit_open" : "timeout");
        }
    }

    // Note: the ResourceResponse is {"id": "..."}; some channels answer 200 with an empty body, which is not an error.
    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, TeamsJsonContext.Default.ResourceResponse)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
