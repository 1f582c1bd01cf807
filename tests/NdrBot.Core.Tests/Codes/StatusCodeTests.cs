using NdrBot.Core.Codes;

namespace NdrBot.Core.Tests.Codes;

public sealed class StatusCodeTests
{
    [Theory]
    [InlineData("5.1.1", 5, 1, 1)]
    [InlineData("5.7.708", 5, 7, 708)]
    [InlineData("4.4.7", 4, 4, 7)]
    [InlineData("5.1.x", 5, 1, null)]
    [InlineData("5.x.x", 5, null, null)]
    [InlineData("2.0.0", 2, 0, 0)]
    public void TryParse_ValidCode_ParsesParts(string text, int cls, int? subject, int? detail)
    {
        Assert.True(StatusCode.TryParse(text, out var code));
        Assert.Equal(new StatusCode(cls, subject, detail), code);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("3.1.1")]
    [InlineData("5.x.1")]
    [InlineData("5.01.1")]
    [InlineData("5.1")]
    [InlineData("5.1.1.1")]
    [InlineData("5.1000.1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Malformed_ReturnsFalse(string? text)
    {
        Assert.False(StatusCode.TryParse(text, out _));
    }

    [Fact]
    public void CodeRange_Contains_OnlyMembersOfTheRun()
    {
        Assert.True(CodeRange.TryParse("5.7.606-5.7.649", out var range));
        Assert.True(range.Contains(new StatusCode(5, 7, 620)));
        Assert.False(range.Contains(new StatusCode(5, 7, 650)));
        Assert.False(range.Contains(new StatusCode(4, 7, 620)));
        Assert.False(CodeRange.TryParse("5.7.649-5.7.606", out _));
    }
}
