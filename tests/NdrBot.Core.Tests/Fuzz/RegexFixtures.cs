using System.Text.RegularExpressions;
using NdrBot.Tests.Shared.Lint;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Known-good and known-bad regex uses: proof that <see cref="RegexRules"/> can tell them apart.</summary>
internal static partial class RegexFixtures
{
    public static bool Untimed(string text) => Regex.IsMatch(text, "(a+)+$");

    public static bool UntimedInLambda(IEnumerable<string> texts) => texts.Any(t => new Regex("(a|aa)+$").IsMatch(t));

    public static bool Timed(string text) => Regex.IsMatch(text, "(a+)+$", RegexOptions.None, TimeSpan.FromSeconds(1));

    public static string Escaped(string text) => Regex.Escape(text);

    public static bool GeneratedUsed(string text) => Backtracking().IsMatch(text) || Linear().IsMatch(text) || WithTimeout().IsMatch(text);

    [GeneratedRegex("(a+)+$")]
    private static partial Regex Backtracking();

    [GeneratedRegex("(a+)+$", RegexOptions.NonBacktracking)]
    private static partial Regex Linear();

    [GeneratedRegex("(a+)+$", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex WithTimeout();

    [GeneratedRegex("(b+)+$")]
    private static partial Regex BacktrackingProperty { get; }

    public static bool PropertyUsed(string text) => BacktrackingProperty.IsMatch(text);
}
