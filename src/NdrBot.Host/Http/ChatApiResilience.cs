using Microsoft.Extensions.Http.Resilience;
using NdrBot.Slack.WebApi;
using NdrBot.Teams.Connector;

namespace NdrBot.Host.Http;

/// <summary>
/// The one resilience profile for the chat APIs NdrBot calls (the Bot Framework Connector, Slack's Web API), set
/// explicitly rather than left to the library's defaults, then overridable per channel from <c>Teams:Resilience</c>
/// and <c>Slack:Resilience</c> (same shape as <see cref="HttpStandardResilienceOptions"/>, e.g.
/// <c>Slack:Resilience:Retry:MaxRetryAttempts</c>). The adapters register plain named clients; the host adds this.
/// </summary>
/// <remarks>
/// Why these numbers: a reply is sent after the HTTP 200 (Slack's 3-second ack), so the user already waits; a minute
/// of trying is the most a chat answer is worth before the outbox takes over. The library's defaults (3 retries from
/// 2 s, 10 s per attempt, 30 s in total, a breaker that needs 100 calls in 30 s) give up on a 20 s Retry-After after
/// one try and never open the breaker at chat volumes. Both APIs answer 429 with Retry-After (Slack's chat.* methods
/// allow about one message a second per channel), which is honoured as given; when it points past the total timeout
/// the call fails and the outbox sends the reply later.
/// </remarks>
internal static class ChatApiResilience
{
    public const string TeamsSection = "Teams:Resilience";

    public const string SlackSection = "Slack:Resilience";

    public static void Apply(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
        options.Retry.MaxRetryAttempts = 4;
        options.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(20);
        options.Retry.ShouldRetryAfterHeader = true;
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.MinimumThroughput = 20;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
    }

    /// <summary>Adds the profile to the Connector and Slack clients.</summary>
    public static IServiceCollection AddNdrBotChatResilience(this IServiceCollection services)
    {
        services.AddHttpClient(ConnectorClient.HttpClientName).AddChatApiResilience(TeamsSection);
        services.AddHttpClient(SlackWebClient.HttpClientName).AddChatApiResilience(SlackSection);
        return services;
    }

    private static void AddChatApiResilience(this IHttpClientBuilder client, string section)
    {
        // Note: the factory's default handlers log every request at Information and open a logging scope for each,
        // on the reply path, although that level is off by default; the clients log their own failures.
        client.RemoveAllLoggers();

        // Note: one pipeline (and breaker) per host: a throttled Connector region, or Slack's response_url host, does
        // not trip the others.
        client.AddStandardResilienceHandler()
            .Configure((options, services) =>
            {
                Apply(options);
                services.GetService<IConfiguration>()?.GetSection(section).Bind(options);
            })
            .SelectPipelineByAuthority();
    }
}
