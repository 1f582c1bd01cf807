using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NdrBot.Triage.Storage;

namespace NdrBot.Triage;

public static class TriageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the case store over SQLite (default) or PostgreSQL (<c>Storage:Provider=postgres</c>), its health
    /// check, and a hosted service that creates and migrates the database at start.
    /// </summary>
    public static IServiceCollection AddNdrBotTriage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TriageOptions>()
            .Bind(configuration.GetSection(TriageOptions.Section))
            .Validate(o => o.IsSqlite || o.IsPostgres, "Storage:Provider must be sqlite or postgres")
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required when Storage:Provider is postgres")
            .Validate(o => o.IsSqliteFullSync || o.SqliteSynchronous.Equals("normal", StringComparison.OrdinalIgnoreCase), "Storage:SqliteSynchronous must be normal or full")
            .Validate(o => o.RepeatWindow >= TimeSpan.Zero, "Storage:RepeatWindow must not be negative")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StoreFactory.CreateDatabase(
            sp.GetRequiredService<IOptions<TriageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(sp => StoreFactory.CreateStore(
            sp.GetRequiredService<TriageDatabase>(),
            sp.GetRequiredService<IOptions<TriageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICaseStore>(sp => sp.GetRequiredService<SqlTriageStore>());
        services.TryAddSingleton<ISeenEventStore>(sp => sp.GetRequiredService<SqlTriageStore>());
        services.TryAddSingleton<ICardReferenceStore>(sp => sp.GetRequiredService<SqlTriageStore>());
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqlTriageStore>());
        services.TryAddSingleton<ICaseChecksStore>(sp => sp.GetRequiredService<SqlTriageStore>());
        services.TryAddSingleton<IStoreHealth>(sp => sp.GetRequiredService<TriageDatabase>());
        services.AddHostedService<TriageStartup>();
        return services;
    }
}
