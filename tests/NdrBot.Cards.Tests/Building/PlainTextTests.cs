using NdrBot.Cards.Building;

namespace NdrBot.Cards.Tests.Building;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("  a\r\n\tb  ", 100, "a b")]
    [InlineData("a\u0000b\u200Bc\u202Ed", 100, "a b c d")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData(null, 5, "")]
    public void Clean_UntrustedText_OneLineAndCut(string? input, int max, string expected)
    {
        Assert.Equal(expected, PlainText.Clean(input, max));
    }

    [Fact]
    public void Clean_CutInsideSurrogatePair_KeepsValidText()
    {
        var cleaned = PlainText.Clean("abc😀😀😀", 5);

        Assert.True(cleaned.Length <= 5);
        Assert.DoesNotContain(cleaned, c => char.IsSurrogate(c) && !cleaned.Contains("😀", StringComparison.Ordinal));
    }
}
