using NdrBot.Core.Bounces.Evidence;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>Addresses found in free text, scanned out from each '@'.</summary>
public sealed class AddressScannerTests
{
    [Theory]
    [InlineData("<\"neko....nyaan....\"@libsisimai.org>: host mx.libsisimai.org[203.0.113.2] said:", "\"neko....nyaan....\"@libsisimai.org")]
    [InlineData("Final-Recipient: rfc822; \"john..doe\"@example.org", "\"john..doe\"@example.org")]
    public void First_QuotedLocalPart_KeepsItsQuotes(string text, string expected) =>
        Assert.Equal(expected, AddressScanner.First(text));

    [Theory]
    [InlineData("rfc822; \"A B\" <a@b.example>", "a@b.example")]
    [InlineData("said \"no\" to kim@example.net", "kim@example.net")]
    public void First_QuotedDisplayNameOrWords_AreNotPartOfTheAddress(string text, string expected) =>
        Assert.Equal(expected, AddressScanner.First(text));

    [Theory]
    [InlineData("\"\"@example.org")]
    [InlineData("\"abc\ndef\"@example.org")]
    [InlineData("\"john doe\"@example.org")]
    public void First_EmptyOrLineCrossingQuotes_GiveNoAddress(string text) =>
        Assert.Null(AddressScanner.First(text));
}
