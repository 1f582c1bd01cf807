using System.Text;
using NdrBot.Core.Tests.Fuzz;
using NdrBot.Core.Text;

namespace NdrBot.Core.Tests.Text;

/// <summary>
/// The vectorised helpers give what the plain definitions give: lower-casing as <see cref="string.ToLowerInvariant()"/>,
/// collapsing as splitting on white space and control characters and joining with one space, cut at the cap.
/// </summary>
public sealed class TextToolsTests
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

    [Theory]
    [InlineData("", 10)]
    [InlineData("   \t\r\n ", 10)]
    [InlineData("plain", 10)]
    [InlineData("  550 5.1.1\r\n   user   unknown \u00a0 here\u3000end  ", 1000)]
    [InlineData("ab cd", 3)]
    [InlineData("ab cd", 4)]
    [InlineData("ab cd", 2)]
    [InlineData("abcdef", 0)]
    [InlineData("a\u0001b\u0085c\u2028d", 100)]
    public void Collapse_AnyText_IsWordsJoinedBySpacesAndCut(string text, int max)
    {
        Assert.Equal(Reference(text, max), TextTools.Collapse(text, max));
    }

    [Fact]
    public void Collapse_EveryPublicSample_AtSeveralCaps_IsWordsJoinedBySpacesAndCut()
    {
        foreach (var sample in PublicSamples.All)
        {
            var text = Encoding.Latin1.GetString(sample);
            foreach (var max in (int[])[1, 600, 4000, text.Length + 10])
            {
                Assert.Equal(Reference(text, max), TextTools.Collapse(text, max));
            }
        }
    }

    private static string Reference(string text, int max)
    {
        var words = text.Split(text.Where(c => char.IsWhiteSpace(c) || char.IsControl(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return (joined.Length > max ? joined[..max] : joined).TrimEnd(' ');
    }
}
