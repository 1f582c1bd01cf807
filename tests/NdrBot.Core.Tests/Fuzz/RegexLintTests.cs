using System.Reflection;
using NdrBot.Tests.Shared.Lint;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Issue 9, bounded work: no regex in Core can backtrack without limit (style.md §3.7).</summary>
public sealed class RegexLintTests
{
    [Fact]
    public void CoreAssembly_EveryRegexIsNonBacktrackingOrTimed()
    {
        var core = typeof(NdrBot.Core.Codes.CodeRecognizer).Assembly;

        var violations = RegexRules.Violations(core.GetTypes());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>The rule catches what it is for: static helpers, constructors in lambdas, untimed [GeneratedRegex] on methods and properties.</summary>
    [Fact]
    public void RegexRules_FindEveryUntimedUseInTheFixtures_AndNothingElse()
    {
        var fixtures = typeof(RegexFixtures);
        var nested = fixtures.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public);

        var violations = RegexRules.Violations([fixtures, .. nested]);

        Assert.Equal(4, violations.Count);
        Assert.Contains(violations, v => v.Contains("on NdrBot.Core.Tests.Fuzz.RegexFixtures.BacktrackingProperty", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(".Untimed calls Regex.IsMatch", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("calls Regex..ctor", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("on NdrBot.Core.Tests.Fuzz.RegexFixtures.Backtracking", StringComparison.Ordinal));
    }

    /// <summary>The generator builds a NonBacktracking [GeneratedRegex] with a plain constructor; that is not a violation.</summary>
    [Fact]
    public void RegexRules_AcceptTheGeneratorsCodeForNonBacktrackingFixtures()
    {
        var generated = typeof(RegexFixtures).Assembly.GetTypes().Where(t => t.Namespace == RegexRules.GeneratedNamespace).ToList();

        var violations = RegexRules.Violations(generated);

        Assert.NotEmpty(generated);
        Assert.Empty(violations);
    }
}
