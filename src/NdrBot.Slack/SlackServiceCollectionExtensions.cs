using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Dedupe;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Processing;
using NdrBot.Slack.Queue;
using NdrBot.Slack.Signing;
using NdrBot.Slack.SocketMode;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack adapter: options from the <c>Slack</c> section (validated at start: a configured Slack
    /// without a signing secret for HTTP mode refuses to start), the signature verifier, the dedupe set, the work
    /// queue and its worker, the Web API client (a named HttpClient: the host adds its resilience handler), and Socket
    /// Mode. The host registers the <see cref="Cards.IAnswerer"/> every channel answers through; replace
    /// <see cref="ISlackEventDeduplicator"/> by registering your own first.
    /// </summary>
    public static IServiceCollection AddNdrBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new SocketModeOptions());
        services.TryAddSingleton<ISlackEventDeduplicator, InMemorySlackEventDeduplicator>();
        services.TryAddSingleton(sp => new SlackSignatureVerifier(
            sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret
                ?? throw new InvalidOperationException("Slack:SigningSecret is not configured; the Slack HTTP endpoints must not be mapped."),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SlackWorkBacklog>();
        services.TryAddSingleton<SlackWebClient>();
        services.TryAddSingleton<SlackResponder>();
        services.TryAddSingleton<SlackInboundProcessor>();
        services.TryAddSingleton<SlackRequestHandler>();
        services.AddHttpClient(SlackWebClient.HttpClientName);
        services.AddHostedService<SlackWorker>();
        services.AddHostedService<SocketModeClient>();
        return services;
    }
}
