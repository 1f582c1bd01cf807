using NdrBot.Tests.Shared.Lint;

namespace NdrBot.Cli.Tests.Lint;

/// <summary>style.md §3.7 for the command line: no regex in the CLI can backtrack without limit.</summary>
public sealed class RegexLintTests
{
    [Fact]
    public void CliAssembly_EveryRegexIsNonBacktrackingOrTimed()
    {
        var cli = typeof(NdrBot.Cli.Scanning.OrderedScan).Assembly;

        var violations = RegexRules.Violations(cli.GetTypes());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
