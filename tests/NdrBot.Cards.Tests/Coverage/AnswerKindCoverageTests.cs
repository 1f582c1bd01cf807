using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;

namespace NdrBot.Cards.Tests.Coverage;

public sealed class AnswerKindCoverageTests
{
    [Fact]
    public void Samples_EveryAnswerKind_HasASampleCard()
    {
        var covered = Samples.All().Select(s => s.Answer.Kind).ToHashSet();

        var missing = Enum.GetValues<AnswerKind>().Except(covered).ToList();
        Assert.True(missing.Count == 0, "no sample card for: " + string.Join(", ", missing));
    }
}
