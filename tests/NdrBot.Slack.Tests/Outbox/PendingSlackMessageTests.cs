using System.Text.Json.Nodes;
using NdrBot.Slack.Outbox;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Tests.Outbox;

public sealed class PendingSlackMessageTests
{
    [Fact]
    public void ToJson_ThenTryParse_GivesBackMethodAndBody()
    {
        var body = new JsonObject { ["channel"] = "C024BE91L", ["thread_ts"] = "1700000000.000100", ["text"] = "5.1.1" };

        var back = PendingSlackMessage.TryParse(new PendingSlackMessage("chat.postMessage", body).ToJson());

        Assert.NotNull(back);
        Assert.Equal(("chat.postMessage", "C024BE91L"), (back.Method, back.Channel));
        Assert.Equal(body.ToJsonString(), back.Body.ToJsonString());
    }

    [Theory]
    [InlineData("""{"method":"chat.update","body":{"channel":"C1"}}""")]
    [InlineData("""{"method":"auth.revoke","body":{}}""")]
    [InlineData("""{"method":"chat.postMessage","body":"text"}""")]
    [InlineData("""["chat.postMessage"]""")]
    [InlineData("{")]
    public void TryParse_AnythingButAKeptChatMessage_IsNull(string json) => Assert.Null(PendingSlackMessage.TryParse(json));

    [Theory]
    [InlineData("http_429", true)]
    [InlineData("http_500", true)]
    [InlineData("http_503", true)]
    [InlineData("timeout", true)]
    [InlineData("network_error", true)]
    [InlineData("circuit_open", true)]
    [InlineData("http_400", false)]
    [InlineData("channel_not_found", false)]
    [InlineData("not_configured", false)]
    public void IsTransient_OnlyForFailuresThatMayPass(string error, bool transient) =>
        Assert.Equal(transient, SlackWebClient.IsTransient(SlackApiResult.Failure(error)));
}
