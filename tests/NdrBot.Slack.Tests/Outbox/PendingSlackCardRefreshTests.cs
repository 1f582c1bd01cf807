using NdrBot.Slack.Outbox;

namespace NdrBot.Slack.Tests.Outbox;

public sealed class PendingSlackCardRefreshTests
{
    [Fact]
    public void ToJson_ThenTryParse_GivesBackTheSameRefresh()
    {
        var refresh = new PendingSlackCardRefresh("C024BE91L", "1700000001.000200", "C-ABCD");

        Assert.Equal(refresh, PendingSlackCardRefresh.TryParse(refresh.ToJson()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"channel":"C1","messageTs":"1.2"}""")]
    [InlineData("""{"channel":"","messageTs":"1.2","caseId":"C-1"}""")]
    public void TryParse_NotAStoredRefresh_IsNull(string json) => Assert.Null(PendingSlackCardRefresh.TryParse(json));
}
