using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NdrBot.Triage.Tests;

public sealed class TriageServicesTests
{
    [Fact]
    public void Options_Defaults_AreSqliteWithADayRepeatWindow()
    {
        var options = Resolve([]);

        Assert.Equal(("sqlite", Path.Combine("data", "ndrbot.db"), TimeSpan.FromHours(24)), (options.Provider, options.SqlitePath, options.RepeatWindow));
    }

    [Fact]
    public void Options_BindFromTheStorageSection()
    {
        var options = Resolve(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=db", ["Storage:RepeatWindow"] = "00:30:00" });

        Assert.Equal((true, "Host=db", TimeSpan.FromMinutes(30)), (options.IsPostgres, options.ConnectionString, options.RepeatWindow));
    }

    [Fact]
    public void Options_PostgresWithoutConnectionString_FailsValidation()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Storage:Provider"] = "postgres" }));

        Assert.Contains("Storage:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_UnknownProvider_FailsValidation() =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Storage:Provider"] = "mysql" }));

    [Fact]
    public async Task Health_UnreachablePostgres_ReportsFalse()
    {
        // Port 1 on loopback refuses at once, so this does not wait for a timeout.
        await using var services = Services(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=3" });

        Assert.False(await services.GetRequiredService<IStoreHealth>().CanConnectAsync());
    }

    private static TriageOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<TriageOptions>>().Value;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddNdrBotTriage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
