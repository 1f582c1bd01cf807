using NdrBot.Cards.BlockKit;

namespace NdrBot.Cards.Tests.BlockKit;

public sealed class MrkdwnTests
{
    [Theory]
    [InlineData("a<b&c>", "a&lt;b&amp;c&gt;")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<@U024BE7LH>", "&lt;@U024BE7LH&gt;")]
    [InlineData("<https://evil.example|login>", "&lt;https://evil.example|login&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("plain \"quotes\" 'ok'", "plain \"quotes\" 'ok'")]
    [InlineData("", "")]
    public void Escape_ControlCharacters_EscapedAmpersandFirst(string input, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(input));
    }

    [Theory]
    [InlineData("U024BE7LH", "<@U024BE7LH>")]
    [InlineData("W0ENTERPRISE1", "<@W0ENTERPRISE1>")]
    [InlineData("Kim <Ops>", "Kim &lt;Ops&gt;")]
    [InlineData("U024BE7LH & co", "U024BE7LH &amp; co")]
    [InlineData("<@U024BE7LH>", "&lt;@U024BE7LH&gt;")]
    [InlineData("U024BE7LH\n", "U024BE7LH\n")]
    [InlineData("u024be7lh", "u024be7lh")]
    [InlineData("Alex Wilber", "Alex Wilber")]
    public void Person_OnlyABareSlackUserIdBecomesAMention(string who, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Person(who));
    }

    [Fact]
    public void Code_TextWithBackticks_CannotCloseTheSpan()
    {
        Assert.Equal("`aˋbˋ&lt;c&gt;`", Mrkdwn.Code("a`b`<c>"));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Fit_CutNearEntity_NeverLeavesHalfAnEntity(int max)
    {
        var fitted = Mrkdwn.Fit(Mrkdwn.Escape("abcdefgh<<<<<<<<"), max);

        Assert.True(fitted.Length <= max);
        Assert.Matches("^abcdefgh(&lt;)*…$", fitted);
    }
}
