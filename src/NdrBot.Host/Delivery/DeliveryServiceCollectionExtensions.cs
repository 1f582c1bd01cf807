using NdrBot.Slack.Outbox;
using NdrBot.Teams.Replies;

namespace NdrBot.Host.Delivery;

internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>The outbox behind both adapters: failed replies are stored, and a worker sends them again later.</summary>
    public static IServiceCollection AddNdrBotOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyOutbox>();
        services.AddSingleton<IReplyOutbox>(sp => sp.GetRequiredService<ReplyOutbox>());
        services.AddSingleton<ISlackOutbox>(sp => sp.GetRequiredService<ReplyOutbox>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
