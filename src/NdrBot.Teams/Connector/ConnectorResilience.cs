using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace NdrBot.Teams.Connector;

/// <summary>
/// The standard resilience handler's settings for Connector calls, set explicitly rather than left to the library's
/// defaults, then overridable from <c>Teams:Resilience</c> (same shape as <see cref="HttpStandardResilienceOptions"/>,
/// e.g. <c>Teams:Resilience:Retry:MaxRetryAttempts</c>).
/// </summary>
/// <remarks>
/// Why these numbers: a reply is sent after the HTTP 200, so the user already waits; a minute of trying is the most a
/// chat answer is worth before the outbox takes over. The library's defaults (3 retries from 2 s, 10 s per attempt,
/// 30 s in total, a breaker that needs 100 calls in 30 s) give up on a 20 s Retry-After after one try and never open
/// the breaker at chat volumes. Retry-After (seconds or a date) is honoured as given; when it points past the total
/// timeout the call fails and the outbox sends the reply later.
/// </remarks>
public static class ConnectorResilience
{
    public const string Section = "Teams:Resilience";

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

    /// <summary>Adds the handler to the Connector client: the explicit settings, then configuration on top.</summary>
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder client)
    {
        // Note: one pipeline (and breaker) per serviceUrl host, so a throttled region does not trip the others.
        client.AddStandardResilienceHandler()
            .Configure((options, services) =>
            {
                Apply(options);
                services.GetService<IConfiguration>()?.GetSection(Section).Bind(options);
            })
            .SelectPipelineByAuthority();
        return client;
    }
}
