using System.Reflection;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Tests.Bounces.Reasons;

/// <summary>The reason constants are the vocabulary, and their values are the wire names (lower case, no separators).</summary>
public sealed class ReasonNamesTests
{
    private static readonly string[] Values =
    [
        .. typeof(ReasonNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Fact]
    public void ReasonNames_EveryConstant_IsInTheVocabulary()
    {
        Assert.Equal(ReasonVocabulary.All.Order(StringComparer.Ordinal), Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReasonNames_EveryValue_IsItsNameInLowerCase()
    {
        foreach (var field in typeof(ReasonNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            Assert.Equal(field.Name.ToLowerInvariant(), field.GetRawConstantValue());
        }
    }

    [Theory]
    [InlineData("userunknown")]
    [InlineData("mailboxfull")]
    [InlineData("filtered")]
    [InlineData("undefined")]
    public void ReasonVocabulary_WireName_IsUnchanged(string wireName)
    {
        Assert.Contains(wireName, ReasonVocabulary.All);
    }
}
