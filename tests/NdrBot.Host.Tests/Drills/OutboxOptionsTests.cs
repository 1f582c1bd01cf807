using NdrBot.Host.Delivery;

namespace NdrBot.Host.Tests.Drills;

public sealed class OutboxOptionsTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(6, 960)]
    [InlineData(7, 1800)]
    [InlineData(50, 1800)]
    public void RetryDelay_DoublesFromTheFirstDelay_UpToTheMaximum(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new OutboxOptions().RetryDelay(attempts));
}
