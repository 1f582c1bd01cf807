using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NdrBot.Teams.Connector;

namespace NdrBot.Host.Tests.Support;

/// <summary>
/// The host under test, with its own configuration. <see cref="RemoteAddress"/> plays the caller's IP (TestServer
/// sets none); with an AppId the bot token provider is a fake so no test goes to Entra ID. Unless the settings name
/// a store, each app gets its own SQLite file under the temp folder, removed when the app is disposed.
/// </summary>
internal sealed class NdrBotApp(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string BotToken = "test-bot-token";

    private readonly string? _ownDatabase = settings.Keys.Any(k => k.StartsWith("Storage:", StringComparison.Ordinal))
        ? null
        : TestDatabases.NewSqlitePath();

    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    /// <summary>What the host logged (Information and up).</summary>
    public Drills.CapturedLogs Logs { get; } = new();

    public static NdrBotApp WithAuth(BotFrameworkFake fake, string appId) => new(new Dictionary<string, string?>
    {
        ["Teams:AppId"] = appId,
        ["Teams:OpenIdMetadataUrl"] = fake.MetadataUrl,
    });

    public static NdrBotApp DevMode() => new(new Dictionary<string, string?>());

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
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(() => RemoteAddress));
            if (settings.ContainsKey("Teams:AppId"))
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(BotToken));
            }
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
