using System.Text;
using NdrBot.Slack.Commands;

namespace NdrBot.Slack.Tests.Commands;

/// <summary>Slack's unsigned certificate check is told by the same form reading as a command's <c>ssl_check</c> field.</summary>
public sealed class SslCheckTests
{
    [Theory]
    [InlineData("ssl_check=1&token=abc", true)]
    [InlineData("token=abc&ssl_check=1", true)]
    [InlineData("ssl_check=0", false)]
    [InlineData("text=ssl_check%3D1&command=%2Fndr", false)]
    [InlineData("", false)]
    public void IsSslCheck_FormBody_OnlyTheFieldCounts(string body, bool expected) =>
        Assert.Equal(expected, SslCheck.IsSslCheck(Encoding.ASCII.GetBytes(body)));
}
