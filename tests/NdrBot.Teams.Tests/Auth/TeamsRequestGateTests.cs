using System.Net;
using NdrBot.Teams.Auth;

namespace NdrBot.Teams.Tests.Auth;

public sealed class TeamsRequestGateTests
{
    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://[::1]:56150/_connector", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("http://localhost.attacker.example/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    public void IsLoopbackUrl_Classifies(string url, bool expected) => Assert.Equal(expected, TeamsRequestGate.IsLoopbackUrl(url));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    public void IsLoopback_Classifies(string address, bool expected) => Assert.Equal(expected, TeamsRequestGate.IsLoopback(IPAddress.Parse(address)));

    [Fact]
    public void IsLoopback_NoAddress_IsFalse() => Assert.False(TeamsRequestGate.IsLoopback(null));
}
