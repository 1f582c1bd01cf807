using System.Reflection;
using NdrBot.Tests.Shared.Lint;

namespace NdrBot.Host.Tests.Lint;

/// <summary>
/// style.md §3.7 for everything the host runs: no regex in the host or the libraries it wires can backtrack without
/// limit (Core has its own copy of this check next to its fuzz tests).
/// </summary>
public sealed class RegexLintTests
{
    public static TheoryData<string> HostAssemblies() =>
        ["NdrBot.Host", "NdrBot.Teams", "NdrBot.Slack", "NdrBot.Triage", "NdrBot.Cards", "NdrBot.Core"];

    [Theory]
    [MemberData(nameof(HostAssemblies))]
    public void Assembly_EveryRegexIsNonBacktrackingOrTimed(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var violations = RegexRules.Violations(assembly.GetTypes());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
