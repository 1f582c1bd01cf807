using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Connector;

/// <summary>
/// The Connector REST calls NdrBot makes (protocol brief A3), through the named HttpClient <see cref="HttpClientName"/>,
/// to which the host adds its resilience handler (429 and transient 5xx retried, Retry-After honoured). The bot token
/// goes only to the activity's serviceUrl.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TeamsMetrics metrics, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "ndrbot-connector";

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
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(method, new Uri(serviceUrl.TrimEnd('/') + "/" + path))
        {
            Content = JsonContent.Create(activity, options: TeamsJson.Options),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
