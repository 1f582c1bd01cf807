using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace NdrBot.Slack.WebApi;

/// <summary>
/// The standard resilience handler's settings for Slack Web API calls, set explicitly rather than left to the
/// library's defaults, then overridable from <c>Slack:Resilience</c> (same shape as
/// <see cref="HttpStandardResilienceOptions"/>, e.g. <c>Slack:Resilience:Retry:MaxRetryAttempts</c>).
/// </summary>
/// <remarks>
/// Slack's chat.* methods are rate limited per channel (about one message a second) and answer 429 with
/// Retry-After in seconds, which is honoured as given. Replies go out after the 3-second ack, so a minute of
/// trying is the most an answer is worth before the outbox takes over; the library's 30 s total and 3 retries
/// would drop a reply after a single 20 s Retry-After. Same numbers as the Teams Connector (they cannot share a
/// class: neither adapter references the other).
/// </remarks>
public static class SlackResilience
{
    public const string Section = "Slack:Resilience";

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

    public static IHttpClientBuilder AddSlackResilience(this IHttpClientBuilder client)
    {
        client.AddStandardResilienceHandler()
            .Configure((options, services) =>
            {
                Apply(options);
                services.GetService<IConfiguration>()?.GetSection(Section).Bind(options);
            });
        return client;
    }
}
