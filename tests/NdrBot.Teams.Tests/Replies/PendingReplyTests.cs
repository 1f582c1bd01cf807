using System.Text.Json.Nodes;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;

namespace NdrBot.Teams.Tests.Replies;

public sealed class PendingReplyTests
{
    [Fact]
    public void ToJson_ThenTryParse_GivesBackTheSameReplyWithItsCard()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "5.1.1" }) };
        var reply = new PendingReply("https://smba.trafficmanager.net/amer/", new OutgoingActivity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount("19:abc@thread.tacv2;messageid=1712"),
            ReplyToId = "1712",
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, RawJson.From(card))],
        }, "C-ABCD");

        var back = PendingReply.TryParse(reply.ToJson());

        Assert.NotNull(back);
        Assert.Equal((reply.ServiceUrl, reply.CaseId, reply.ConversationId, "1712"), (back.ServiceUrl, back.CaseId, back.ConversationId, back.Activity.ReplyToId));
        Assert.Equal(card.ToJsonString(), back.Activity.Attachments![0].Content.ToJsonString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"serviceUrl":"https://x/","activity":{"type":"message"}}""")]
    [InlineData("""{"activity":{"type":"message","conversation":{"id":"c"}}}""")]
    public void TryParse_NotAStoredReply_IsNull(string json) => Assert.Null(PendingReply.TryParse(json));
}
