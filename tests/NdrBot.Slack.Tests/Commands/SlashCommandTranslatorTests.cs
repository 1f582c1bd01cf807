using NdrBot.Slack.Commands;
using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Tests.Commands;

public sealed class SlashCommandTranslatorTests
{
    private const string ResponseUrl = "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F123%2Fabc";

    [Fact]
    public void Translate_NdrWithCode_AnswersInChannelThroughResponseUrl()
    {
        var question = Assert.IsType<SlackQuestion>(Translate($"team_id=T1&channel_id=C1&user_id=U1&command=%2Fndr&text=550+5.1.1&response_url={ResponseUrl}&trigger_id=1.2.3"));

        Assert.Equal("550 5.1.1", question.Text);
        Assert.False(question.ReplyTo.Ephemeral);
        Assert.Equal(new Uri("https://hooks.slack.com/commands/T1/123/abc"), question.ReplyTo.ResponseUrl);
        Assert.Equal("C1", question.ReplyTo.Channel);
    }

    [Theory]
    [InlineData("-p+5.7.1", "5.7.1")]
    [InlineData("-p", "")]
    [InlineData("+-p%0A5.4.6", "5.4.6")]
    public void Translate_PrivateFlag_AnswersEphemerally(string text, string expected)
    {
        var question = Assert.IsType<SlackQuestion>(Translate($"channel_id=C1&user_id=U1&command=%2Fndr&text={text}&response_url={ResponseUrl}"));

        Assert.True(question.ReplyTo.Ephemeral);
        Assert.Equal(expected, question.Text);
    }

    [Fact]
    public void Translate_FlagInsideText_IsNotPrivate() =>
        Assert.False(Assert.IsType<SlackQuestion>(Translate($"channel_id=C1&text=-pfoo&response_url={ResponseUrl}")).ReplyTo.Ephemeral);

    [Fact]
    public void Translate_SslCheck_IsIgnored() =>
        Assert.IsType<SlackIgnored>(Translate("ssl_check=1&token=abc"));

    [Theory]
    [InlineData("channel_id=C1&text=5.1.1")]
    [InlineData("channel_id=C1&text=5.1.1&response_url=file%3A%2F%2F%2Fetc%2Fpasswd")]
    [InlineData("text=5.1.1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("%%%=%zz")]
    public void Translate_WithoutUsableChannelOrResponseUrl_IsUnrecognized(string body) =>
        Assert.IsType<SlackUnrecognized>(Translate(body));

    private static SlackInbound Translate(string form) => SlashCommandTranslator.Translate(SlashCommand.FromForm(FormBody.Parse(form)));
}
