using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NdrBot.Host.Endpoints;
using NdrBot.Slack.Dedupe;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary>Slack on, off, half-configured, and in Socket Mode.</summary>
public sealed class SlackConfigurationTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();

    [Theory]
    [InlineData(SlackEndpoints.EventsRoute)]
    [InlineData(SlackEndpoints.CommandsRoute)]
    [InlineData(SlackEndpoints.InteractionsRoute)]
    public async Task NoSlackSetting_RoutesDoNotExist(string route)
    {
        using var app = new SlackHostApp(new Dictionary<string, string?>());
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Unsigned(route, Encoding.UTF8.GetBytes("{}"), SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void SlackWithoutSigningSecretInHttpMode_FailsAtStartWithAClearError()
    {
        using var app = new SlackHostApp(new Dictionary<string, string?> { ["Slack:BotToken"] = SlackHostApp.BotToken });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Slack:SigningSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppToken_RunsSocketModeWithTheAppLevelToken()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackHostApp.BotToken,
            ["Slack:AppToken"] = SlackHostApp.AppToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl.AbsoluteUri,
        };
        using var app = new SlackHostApp(settings);
        using var client = app.CreateClient();

        var open = Assert.Single(await _slack.WaitForCallsAsync("/api/apps.connections.open"));

        Assert.Equal("Bearer " + SlackHostApp.AppToken, open.RequestMessage.Headers!["Authorization"].Single());
        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, "{}", SignedSlackRequest.Json));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void WithTriageStorage_EventIdsAreRememberedInTheStore()
    {
        using var app = SlackHostApp.HttpMode(_slack);

        Assert.IsType<NdrBot.Host.Slack.StoreBackedSlackDeduplicator>(app.Services.GetRequiredService<ISlackEventDeduplicator>());
    }

    public void Dispose() => _slack.Dispose();
}
