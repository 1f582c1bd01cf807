using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Tests.Fuzz;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>The vectorised lower-casing gives what <see cref="string.ToLowerInvariant()"/> gives, for any text.</summary>
public sealed class TextToolsLowerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("550 5.1.1 <Bob@Example.ORG>: Recipient address rejected")]
    [InlineData("already lower case 123 !#")]
    [InlineData("Boîte PLEINE, Unbekannter Empfänger")]
    [InlineData("ΣΊΣΥΦΟΣ and İstanbul, \u212A")]
    [InlineData("\u0000\u007f ABC \uffff")]
    public void Lower_AnyText_IsToLowerInvariant(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), TextTools.Lower(text));
        Assert.Equal(text.ToLowerInvariant(), TextTools.Lower(text.AsSpan()));
    }

    [Fact]
    public void Lower_NothingToChange_ReturnsTheSameString()
    {
        var text = "550 5.1.1 user unknown";
        Assert.Same(text, TextTools.Lower(text));
    }

    [Fact]
    public void Lower_EveryPublicSample_IsToLowerInvariant()
    {
        foreach (var sample in PublicSamples.All)
        {
            var text = Encoding.Latin1.GetString(sample);
            Assert.Equal(text.ToLowerInvariant(), TextTools.Lower(text));
        }
    }
}
