using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Tests.Inbound;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U123ABC> what is 5.1.1", "what is 5.1.1")]
    [InlineData("<@U123ABC|ndrbot>   5.7.1 please", "5.7.1 please")]
    [InlineData("hey <@W0ABC> and <!here>: 550", "hey  and : 550")]
    [InlineData("to <mailto:jo@example.com|jo@example.com> failed", "to jo@example.com failed")]
    [InlineData("see <https://example.com/a?b=1&amp;c=2>", "see https://example.com/a?b=1&c=2")]
    [InlineData("&lt;jo@example.com&gt;: host said 550 &amp; quit", "<jo@example.com>: host said 550 & quit")]
    [InlineData("&amp;lt;", "&lt;")]
    [InlineData(null, "")]
    public void ToPlain_SlackMarkup_ReturnsWhatWasTyped(string? text, string expected) =>
        Assert.Equal(expected, SlackText.ToPlain(text));
}
