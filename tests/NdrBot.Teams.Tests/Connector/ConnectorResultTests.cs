using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Tests.Connector;

public sealed class ConnectorResultTests
{
    [Theory]
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void Failed_IsRetryableOnlyWhenTryingLaterCanHelp(int status, bool retryable)
    {
        var result = ConnectorResult.Failed(status);

        Assert.Equal((false, retryable, $"http_{status}"), (result.Sent, result.Retryable, result.Error));
    }
}
