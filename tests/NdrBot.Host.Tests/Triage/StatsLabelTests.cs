using NdrBot.Core.Bounces.Reasons;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Tests.Triage;

/// <summary>Storage names a missing reason without referencing Core; the host, which sees both, keeps the names equal.</summary>
public sealed class StatsLabelTests
{
    [Fact]
    public void NoReason_IsCoresUndefinedReason() => Assert.Equal(ReasonNames.Undefined, CaseReasons.Undefined);
}
