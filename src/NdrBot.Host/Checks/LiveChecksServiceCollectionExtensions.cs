using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Core.Checks;

namespace NdrBot.Host.Checks;

internal static class LiveChecksServiceCollectionExtensions
{
    /// <summary>
    /// The live DNS checks behind answers: <c>Diagnostics:Dns</c> read as the CLI reads it (the host refuses to start
    /// when it is wrong), one <see cref="LiveChecks"/> for the process (it holds the DNS cache), its metrics, the
    /// bounded queue and the worker that runs the checks, stores them with the case and updates the card.
    /// </summary>
    public static IServiceCollection AddNdrBotLiveChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var read = DnsCheckSettingsReader.Read(configuration.AsEnumerable());
        if (read.Settings is not { } settings)
        {
            throw new InvalidOperationException("The live check settings are not usable: " + string.Join("; ", read.Errors));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton<DnsCheckMetrics>();
        services.AddSingleton(sp => new LiveChecks(settings, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<DnsCheckMetrics>()));
        services.AddOptions<CheckQueueOptions>().BindConfiguration(CheckQueueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CheckQueue>();
        services.AddSingleton<CheckRuns>();
        services.AddSingleton<AnswerChecks>();
        services.AddSingleton<CheckCardUpdater>();
        services.AddHostedService<CheckWorker>();
        return services;
    }
}
