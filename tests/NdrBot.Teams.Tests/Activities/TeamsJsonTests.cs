using System.Text;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Tests.Activities;

public sealed class TeamsJsonTests
{
    [Fact]
    public void TryParseActivity_UnknownFields_AreKeptNotRejected()
    {
        var activity = TeamsJson.TryParseActivity(Encoding.UTF8.GetBytes("""{"type":"message","brandNew":{"x":1},"conversation":{"id":"c","conversationType":"personal"}}"""));

        Assert.NotNull(activity);
        Assert.True(activity.Extra!.ContainsKey("brandNew"));
        Assert.True(activity.Conversation!.IsPersonal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void TryParseActivity_NotAnObject_ReturnsNull(string body) =>
        Assert.Null(TeamsJson.TryParseActivity(Encoding.UTF8.GetBytes(body)));
}
