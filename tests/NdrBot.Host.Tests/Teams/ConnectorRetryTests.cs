using System.Net;
using NdrBot.Host.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NdrBot.Host.Tests.Teams;

/// <summary>Brief A7.14: a throttled Connector call is retried after Retry-After; a 400 is not retried.</summary>
public sealed class ConnectorRetryTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task Reply_429ThenSuccess_IsRetriedAfterRetryAfter()
    {
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1)
            .InScenario("throttle").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));

        await PostAsync();

        var calls = await _fake.WaitForConnectorCallsAsync(2);
        Assert.Equal(2, calls.Count);
        Assert.Equal(429, (int)calls[0].ResponseMessage.StatusCode!);
        Assert.Equal(201, (int)calls[1].ResponseMessage.StatusCode!);
        Assert.Equal(calls[0].RequestMessage.Body, calls[1].RequestMessage.Body);
    }

    [Fact]
    public async Task Reply_400_IsNotRetried()
    {
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithBody("""{"error":{"code":"BadSyntax"}}"""));

        await PostAsync();

        await _fake.WaitForConnectorCallsAsync(2, timeoutSeconds: 3);
        Assert.Single(_fake.ConnectorCalls);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    private async Task PostAsync()
    {
        using var client = _app.CreateClient();
        using var request = Activities.Post(Activities.Message(_fake.ServiceUrl, "5.4.6"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
