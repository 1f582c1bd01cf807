using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// The host for the failure drills: local-dev Teams (loopback, no auth), its own SQLite file unless the settings name
/// a store, HTTP clients that retry in milliseconds instead of seconds, a fast outbox worker, captured logs, and
/// optionally a clock the test moves by hand and further service changes.
/// </summary>
internal sealed class DrillApp(IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private readonly string? _ownDatabase = settings.Keys.Any(k => k.StartsWith("Storage:", StringComparison.Ordinal))
        ? null
        : TestDatabases.NewSqlitePath();

    public CapturedLogs Logs { get; } = new();

    /// <summary>Retries after 20-100 ms, two seconds per attempt (a slow 201 retried would be a duplicate); the outbox retries after 100 ms, three attempts.</summary>
    public static Dictionary<string, string?> FastSettings(int retries = 2) => new()
    {
        ["Teams:Resilience:Retry:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Teams:Resilience:Retry:Delay"] = "00:00:00.020",
        ["Teams:Resilience:Retry:MaxDelay"] = "00:00:00.100",
        ["Teams:Resilience:AttemptTimeout:Timeout"] = "00:00:02",
        ["Teams:Resilience:TotalRequestTimeout:Timeout"] = "00:00:20",
        ["Slack:Resilience:Retry:MaxRetryAttempts"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Slack:Resilience:Retry:Delay"] = "00:00:00.020",
        ["Slack:Resilience:Retry:MaxDelay"] = "00:00:00.100",
        ["Slack:Resilience:AttemptTimeout:Timeout"] = "00:00:02",
        ["Slack:Resilience:TotalRequestTimeout:Timeout"] = "00:00:20",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:FirstRetryDelay"] = "00:00:00.100",
        ["Outbox:MaxRetryDelay"] = "00:00:00.200",
        ["Outbox:Lease"] = "00:00:10",
        ["Outbox:MaxAttempts"] = "3",
    };

    /// <summary><see cref="FastSettings"/> with the outbox worker idle after its first round (it polls hourly).</summary>
    public static Dictionary<string, string?> OutboxIdle(int retries = 2) =>
        new(FastSettings(retries)) { ["Outbox:PollInterval"] = "01:00:00" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        LiveChecksOff.UnlessAsked(builder, settings.Keys);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (_ownDatabase is not null)
        {
            builder.UseSetting("Storage:SqlitePath", _ownDatabase);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton<IStartupFilter>(new RemoteAddressFilter(() => System.Net.IPAddress.Loopback));
            if (time is not null)
            {
                collection.RemoveAll<TimeProvider>();
                collection.AddSingleton(time);
            }

            services?.Invoke(collection);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownDatabase is not null)
        {
            TestDatabases.DeleteSqlite(_ownDatabase);
        }
    }
}
