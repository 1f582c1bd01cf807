using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NdrBot.Cards;

namespace NdrBot.Slack.Tests.Support;

/// <summary>
/// A service provider wired by <see cref="SlackServiceCollectionExtensions.AddNdrBotSlack"/> over in-memory settings,
/// with an <see cref="ExplainingAnswerer"/> standing in for the host's answerer unless the test registers its own.
/// </summary>
internal static class SlackServices
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public const string BotToken = "xoxb-test-token-1234";

    public const string AppToken = "xapp-test-token-5678";

    public static Dictionary<string, string?> Settings(Uri? apiBaseUrl = null) => new()
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = BotToken,
        ["Slack:ApiBaseUrl"] = apiBaseUrl?.AbsoluteUri ?? "https://slack.invalid/api/",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        configure?.Invoke(services);
        services.TryAddSingleton<IAnswerer>(new ExplainingAnswerer());
        services.AddNdrBotSlack(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
