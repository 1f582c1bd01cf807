using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Core.Codes;

/// <summary>An RFC 5321 §4.2 three-digit SMTP reply code such as <c>550</c>.</summary>
public static class ReplyCode
{
    /// <summary>First digit 2-5, second 0-5, third any digit (RFC 5321 §4.2.1).</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) =>
        text is { Length: 3 }
        && text[0] is >= '2' and <= '5'
        && text[1] is >= '0' and <= '5'
        && char.IsAsciiDigit(text[2]);

    public static bool IsValid(ReadOnlySpan<char> text) =>
        text.Length == 3
        && text[0] is >= '2' and <= '5'
        && text[1] is >= '0' and <= '5'
        && char.IsAsciiDigit(text[2]);
}
