using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary>The host with Slack settings of the test's choosing, and optional service overrides (test doubles).</summary>
internal sealed class SlackHostApp(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    // Note: each app gets its own SQLite file, or Slack event ids seen by an earlier test (or run) would be
    // taken for retries and never answered.
    private readonly string? _ownDatabase = settings.Keys.Any(k => k.StartsWith("Storage:", StringComparison.Ordinal))
        ? null
        : NdrBot.Host.Tests.Support.TestDatabases.NewSqlitePath();

    public const string SigningSecret = "host-test-signing-secret-0123456789";

    public const string BotToken = "xoxb-host-test-token";

    public const string AppToken = "xapp-host-test-token";

    /// <summary>HTTP mode pointed at <paramref name="slack"/>.</summary>
    public static SlackHostApp HttpMode(SlackWebApiFake slack, Action<IServiceCollection>? services = null) =>
        new(Settings(slack), services);

    public static Dictionary<string, string?> Settings(SlackWebApiFake slack) => new()
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        NdrBot.Host.Tests.Support.LiveChecksOff.UnlessAsked(builder, settings.Keys);
        if (_ownDatabase is not null)
        {
            builder.UseSetting("Storage:SqlitePath", _ownDatabase);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownDatabase is not null)
        {
            NdrBot.Host.Tests.Support.TestDatabases.DeleteSqlite(_ownDatabase);
        }
    }
}
