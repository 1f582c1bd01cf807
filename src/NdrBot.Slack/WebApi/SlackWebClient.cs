using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Json;
using NdrBot.Slack.Outbox;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NdrBot.Slack.WebApi;

/// <summary>
/// The few Web API calls NdrBot makes. Tokens come from <see cref="SlackOptions"/> and go only into the
/// Authorization header; they are never logged. Retries (429 with Retry-After, transient 5xx) are the job of the
/// resilience handler the host adds to the named client <see cref="HttpClientName"/>; this class turns what is left
/// into a <see cref="SlackApiResult"/>, and hands a chat message that still failed for a reason that may pass (429, 5xx,
/// timeouts) to the <see cref="ISlackOutbox"/> when there is one.
/// </summary>
public sealed class SlackWebClient
{
    /// <summary>The named HttpClient (with the standard resilience handler) used for every Slack call.</summary>
    public const string HttpClientName = "NdrBot.Slack";

    /// <summary>The error of a <c>response_url</c> call not made because the URL is not Slack's (<see cref="ResponseUrls"/>).</summary>
    public const string ResponseUrlRefused = "response_url_refused";

    private readonly IHttpClientFactory _http;
    private readonly SlackOptions _options;
    private readonly ILogger<SlackWebClient> _logger;
    private readonly ISlackOutbox? _outbox;

    public SlackWebClient(IHttpClientFactory http, IOptions<SlackOptions> options, ILogger<SlackWebClient> logger, ISlackOutbox? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
        _outbox = outbox;
    }

    public Task<SlackApiResult> PostMessageAsync(string channel, JsonObject message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("thread_ts", threadTs));
        return CallOrKeepAsync("chat.postMessage", body, cancellationToken);
    }

    /// <summary>Sends a message from the outbox once more; a failure is returned, not kept again (the outbox counts attempts).</summary>
    public Task<SlackApiResult> ResendAsync(PendingSlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return CallAsync(message.Method, message.Body.DeepClone().AsObject(), _options.BotToken, cancellationToken);
    }

    /// <summary>True for failures that may pass: throttling, server errors, timeouts, an unreachable or open-circuit API.</summary>
    public static bool IsTransient(SlackApiResult result) =>
        result is { Ok: false, Error: "http_429" or "http_408" or "network_error" or "timeout" or "circuit_open" }
        || result is { Ok: false, Error: { } error } && error.StartsWith("http_5", StringComparison.Ordinal);

    public Task<SlackApiResult> UpdateAsync(string channel, string ts, JsonObject message, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("ts", ts));
        return CallAsync("chat.update", body, _options.BotToken, cancellationToken);
    }

    public Task<SlackApiResult> PostEphemeralAsync(string channel, string user, JsonObject message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("user", user), ("thread_ts", threadTs));
        return CallOrKeepAsync("chat.postEphemeral", body, cancellationToken);
    }

    /// <summary>Opens a Socket Mode connection with the app-level token; <see cref="SlackApiResult.Url"/> is the WebSocket URL.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        CallAsync("apps.connections.open", [], _options.AppToken, cancellationToken);

    /// <summary>
    /// Posts to a slash command's or interaction's <c>response_url</c> (no token: the URL is the credential); a URL
    /// that is not Slack's is never called (<see cref="ResponseUrlRefused"/>).
    /// <paramref name="responseType"/> is <c>in_channel</c> or <c>ephemeral</c>; <paramref name="replaceOriginal"/>
    /// updates the message a button was on.
    /// </summary>
    public async Task<SlackApiResult> RespondAsync(Uri responseUrl, JsonObject message, string? responseType = null, bool replaceOriginal = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        if (AllowedResponseUrl(responseUrl) is null)
        {
            return SlackApiResult.Failure(ResponseUrlRefused);
        }

        var body = With(message, ("response_type", responseType));
        if (replaceOriginal)
        {
            body["replace_original"] = true;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(body) };
        return await SendAsync("response_url", request, cancellationToken);
    }

    /// <summary>
    /// <paramref name="responseUrl"/> when NdrBot may call it (<see cref="ResponseUrls"/>); otherwise null, and a
    /// warning naming the host, so the caller answers through the Web API instead.
    /// </summary>
    public Uri? AllowedResponseUrl(Uri? responseUrl)
    {
        if (responseUrl is null || ResponseUrls.IsAllowed(responseUrl, _options.ApiBaseUrl))
        {
            return responseUrl;
        }

        Log.ResponseUrlRefused(_logger, responseUrl.IsAbsoluteUri ? responseUrl.Host : "(relative)");
        return null;
    }

    private async Task<SlackApiResult> CallOrKeepAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var result = await CallAsync(method, body, _options.BotToken, cancellationToken);
        if (!result.Ok)
        {
            var keep = IsTransient(result) && _outbox is not null;
            Log.MessageUndelivered(_logger, method, (string?)body["channel"], (string?)body["thread_ts"], result.Error ?? "unknown", keep);
            if (keep)
            {
                await _outbox!.KeepAsync(new PendingSlackMessage(method, body), cancellationToken);
            }
        }

        return result;
    }

    private async Task<SlackApiResult> CallAsync(string method, JsonObject body, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            Log.TokenMissing(_logger, method);
            return SlackApiResult.Failure("not_configured");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl, method)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(method, request, cancellationToken);
    }

    private async Task<SlackApiResult> SendAsync(string method, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var result = !response.IsSuccessStatusCode ? SlackApiResult.Failure($"http_{(int)response.StatusCode}")
                : method == "response_url" && !text.TrimStart().StartsWith('{') ? new SlackApiResult { Ok = true }
                : SlackJson.TryRead<SlackApiResult>(text) ?? SlackApiResult.Failure("invalid_response");
            if (!result.Ok)
            {
                Log.ApiError(_logger, method, result.Error ?? "unknown");
            }

            return result;
        }
        catch (HttpRequestException ex)
        {
            Log.NetworkError(_logger, method, ex.GetType().Name);
            return SlackApiResult.Failure("network_error");
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.NetworkError(_logger, method, "timeout");
            return SlackApiResult.Failure("timeout");
        }
        catch (BrokenCircuitException)
        {
            Log.NetworkError(_logger, method, "circuit open");
            return SlackApiResult.Failure("circuit_open");
        }
    }

    private Uri BaseUrl => _options.ApiBaseUrl.AbsoluteUri.EndsWith('/') ? _options.ApiBaseUrl : new Uri(_options.ApiBaseUrl.AbsoluteUri + "/");

    private static JsonObject With(JsonObject message, params (string Name, string? Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.DeepClone().AsObject();
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                body[name] = value;
            }
        }

        return body;
    }
}
