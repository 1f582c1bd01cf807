using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Model;
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

    /// <summary>
    /// A reply kept in the outbox and sent later carries the card byte for byte as the size check measured it, in a
    /// payload that is valid JSON, whatever the card's text (escaped characters, line separators, astral emoji) and
    /// when the card had to be shrunk to fit the Teams limit.
    /// </summary>
    [Fact]
    public void ToJson_ThenTryParse_KeepsAShrunkCardWithAwkwardTextByteForByte()
    {
        const string Awkward = "Caf\u00e9 <b>'x'</b> & \"q\" \\ \u2028 \ud83d\ude00 \u0001 ";
        var answer = new Answer
        {
            Kind = AnswerKind.Bounce,
            Title = Awkward,
            Summary = Awkward,
            Recipients = [.. Enumerable.Range(0, 60).Select(i => new RecipientSection
            {
                Address = $"user{i}@example.com", Code = "5.1.1", Reason = Awkward, RemoteWords = string.Concat(Enumerable.Repeat(Awkward, 12)),
            })],
        };
        var card = AdaptiveCardRenderer.RenderUtf8(answer);
        var reply = new PendingReply("https://smba.trafficmanager.net/amer/", new OutgoingActivity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount("19:abc@thread.tacv2"),
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, new RawJson(card))],
        }, "case-1");

        var payload = reply.ToJson();
        var back = PendingReply.TryParse(payload);

        Assert.InRange(card.Length, 1, AdaptiveCardRenderer.MaxCardBytes);
        using (var parsed = JsonDocument.Parse(payload))
        {
            Assert.Equal("AdaptiveCard", parsed.RootElement.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());
        }

        Assert.NotNull(back);
        Assert.Equal(card, back.Activity.Attachments![0].Content.Utf8.ToArray());
        Assert.Equal(payload, back.ToJson());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"serviceUrl":"https://x/","activity":{"type":"message"}}""")]
    [InlineData("""{"activity":{"type":"message","conversation":{"id":"c"}}}""")]
    public void TryParse_NotAStoredReply_IsNull(string json) => Assert.Null(PendingReply.TryParse(json));
}
