using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Slack;
using NdrBot.Slack.Dedupe;
using NdrBot.Triage;

namespace NdrBot.Host.Slack;

internal static class SlackHostServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel as the host runs it: answers come from the host's <see cref="NdrBot.Cards.IAnswerer"/> (as for
    /// every channel), and event ids are remembered in the triage store when one is registered (otherwise in memory). Registered before
    /// <see cref="SlackServiceCollectionExtensions.AddNdrBotSlack"/>, whose defaults only fill what is missing.
    /// Slack stays off (no routes, idle worker) until a <c>Slack</c> setting is present.
    /// </summary>
    public static IServiceCollection AddNdrBotSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // Note: decided when first resolved, not here, so it does not matter whether triage is added before or after.
        services.TryAddSingleton<ISlackEventDeduplicator>(sp => sp.GetService<ISeenEventStore>() is { } store
            ? ActivatorUtilities.CreateInstance<StoreBackedSlackDeduplicator>(sp, store)
            : ActivatorUtilities.CreateInstance<InMemorySlackEventDeduplicator>(sp));
        return services.AddNdrBotSlack(configuration);
    }
}
