using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Json;

namespace NdrBot.Slack.WebApi;

/// <summary>
/// The few Web API calls NdrBot makes. Tokens come from <see cref="SlackOptions"/> and go only into the
/// Authorization header; they are never logged. Retries (429 with Retry-After, transient 5xx) are the HttpClient's
/// standard resilience handler's job; this class turns what is left into a <see cref="SlackApiResult"/>.
/// </summary>
public sealed class SlackWebClient
{
    /// <summary>The named HttpClient (with the standard resilience handler) used for every Slack call.</summary>
    public const string HttpClientName = "NdrBot.Slack";

    private readonly IHttpClientFactory _http;
    private readonly SlackOptions _options;
    private readonly ILogger<SlackWebClient> _logger;

    public SlackWebClient(IHttpClientFactory http, IOptions<SlackOptions> options, ILogger<SlackWebClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    public Task<SlackApiResult> PostMessageAsync(string channel, JsonObject message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("thread_ts", threadTs));
        return CallAsync("chat.postMessage", body, _options.BotToken, cancellationToken);
    }

    public Task<SlackApiResult> UpdateAsync(string channel, string ts, JsonObject message, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("ts", ts));
        return CallAsync("chat.update", body, _options.BotToken, cancellationToken);
    }

    public Task<SlackApiResult> PostEphemeralAsync(string channel, string user, JsonObject message, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        var body = With(message, ("channel", channel), ("user", user), ("thread_ts", threadTs));
        return CallAsync("chat.postEphemeral", body, _options.BotToken, cancellationToken);
    }

    /// <summary>Opens a Socket Mode connection with the app-level token; <see cref="SlackApiResult.Url"/> is the WebSocket URL.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        CallAsync("apps.connections.open", [], _options.AppToken, cancellationToken);

    /// <summary>
    /// Posts to a slash command's or interaction's <c>response_url</c> (no token: the URL is the credential).
    /// <paramref name="responseType"/> is <c>in_channel</c> or <c>ephemeral</c>; <paramref name="replaceOriginal"/>
    /// updates the message a button was on.
    /// </summary>
    public async Task<SlackApiResult> RespondAsync(Uri responseUrl, JsonObject message, string? responseType = null, bool replaceOriginal = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var body = With(message, ("response_type", responseType));
        if (replaceOriginal)
        {
            body["replace_original"] = true;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(body) };
        return await SendAsync("response_url", request, cancellationToken);
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
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.NetworkError(_logger, method, "timeout");
            return SlackApiResult.Failure("timeout");
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
