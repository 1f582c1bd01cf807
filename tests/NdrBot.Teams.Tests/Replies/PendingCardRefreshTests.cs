using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;

namespace NdrBot.Teams.Tests.Replies;

public sealed class PendingCardRefreshTests
{
    [Fact]
    public void ToJson_ThenTryParse_GivesBackWhereTheCardLives()
    {
        var shell = new OutgoingActivity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount("19:abc@thread.tacv2;messageid=1712"),
            From = new ChannelAccount("28:bot", "NdrBot"),
        };
        var refresh = new PendingCardRefresh("https://smba.trafficmanager.net/amer/", "1713", "C-ABCD", shell);

        var back = PendingCardRefresh.TryParse(refresh.ToJson());

        Assert.NotNull(back);
        Assert.Equal((refresh.ServiceUrl, refresh.ActivityId, refresh.CaseId, refresh.ConversationId), (back.ServiceUrl, back.ActivityId, back.CaseId, back.ConversationId));
        Assert.Equal("28:bot", back.Shell.From?.Id);
        Assert.Null(back.Shell.Attachments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"serviceUrl":"https://x/","activityId":"1","caseId":"C-1","shell":{"type":"message"}}""")]
    [InlineData("""{"serviceUrl":"https://x/","activityId":"","caseId":"C-1","shell":{"type":"message","conversation":{"id":"c"}}}""")]
    [InlineData("""{"serviceUrl":"https://x/","activityId":"1","shell":{"type":"message","conversation":{"id":"c"}}}""")]
    public void TryParse_NotAStoredRefresh_IsNull(string json) => Assert.Null(PendingCardRefresh.TryParse(json));
}
