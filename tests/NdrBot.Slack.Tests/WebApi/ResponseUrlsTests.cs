using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Tests.WebApi;

/// <summary>Issue 14 item 4: only Slack's hooks (and the configured Web API's own host) may be called as a response_url.</summary>
public sealed class ResponseUrlsTests
{
    private static readonly Uri SlackApi = new("https://slack.com/api/");

    [Theory]
    [InlineData("https://hooks.slack.com/actions/T1/123/abc")]
    [InlineData("https://HOOKS.slack.com/commands/T1/123/abc")]
    [InlineData("https://hooks.slack.com:443/actions/T1/123/abc")]
    [InlineData("https://slack.com/api/anything")]
    public void IsAllowed_SlacksOwnHosts_IsTrue(string url) => Assert.True(ResponseUrls.IsAllowed(new Uri(url), SlackApi));

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [InlineData("https://10.0.0.5/hooks")]
    [InlineData("http://localhost:8080/admin")]
    [InlineData("http://hooks.slack.com/actions/T1/123/abc")]
    [InlineData("https://hooks.slack.com:8443/actions/T1/123/abc")]
    [InlineData("https://hooks.slack.com.evil.example/actions")]
    [InlineData("https://evil.example/hooks.slack.com/actions")]
    [InlineData("https://hooks.slack.com@evil.example/actions")]
    [InlineData("https://user:pass@hooks.slack.com/actions")]
    [InlineData("https://api.slack.com/api/")]
    [InlineData("ftp://hooks.slack.com/actions")]
    public void IsAllowed_AnyOtherHostSchemeOrPort_IsFalse(string url) => Assert.False(ResponseUrls.IsAllowed(new Uri(url), SlackApi));

    [Fact]
    public void IsAllowed_TheConfiguredFakeApi_AllowsItsHostAndPortOnly()
    {
        var fake = new Uri("http://localhost:5123/api/");

        Assert.True(ResponseUrls.IsAllowed(new Uri("http://localhost:5123/hooks/btn"), fake));
        Assert.False(ResponseUrls.IsAllowed(new Uri("http://localhost:5124/hooks/btn"), fake));
        Assert.False(ResponseUrls.IsAllowed(new Uri("https://localhost:5123/hooks/btn"), fake));
        Assert.False(ResponseUrls.IsAllowed(new Uri("http://127.0.0.1:5123/hooks/btn"), fake));
    }
}
