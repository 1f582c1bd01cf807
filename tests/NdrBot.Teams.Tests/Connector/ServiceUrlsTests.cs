using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Tests.Connector;

/// <summary>Issue 14: a serviceUrl is a base for Connector paths; one that would swallow the path is not used.</summary>
public sealed class ServiceUrlsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("http://127.0.0.1:3978/amer/")]
    public void IsUsable_PlainHttpBase_IsTrue(string url) => Assert.True(ServiceUrls.IsUsable(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer#fragment")]
    [InlineData("https://smba.trafficmanager.net/amer/#")]
    [InlineData("https://smba.trafficmanager.net/amer?x=1")]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("/amer/")]
    [InlineData("")]
    [InlineData(null)]
    public void IsUsable_AnythingThatWouldNotKeepThePath_IsFalse(string? url) => Assert.False(ServiceUrls.IsUsable(url));

    [Fact]
    public void Combine_KeepsTheWholeBasePath()
    {
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/c/activities", ServiceUrls.Combine("https://smba.trafficmanager.net/amer/", "v3/conversations/c/activities")?.AbsoluteUri);
        Assert.Null(ServiceUrls.Combine("https://smba.trafficmanager.net/amer#x", "v3/conversations/c/activities"));
    }
}
