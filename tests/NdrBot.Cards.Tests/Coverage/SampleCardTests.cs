using NdrBot.Cards.Tests.Support;
using Xunit.Abstractions;

namespace NdrBot.Cards.Tests.Coverage;

public sealed class SampleCardTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names() => [.. Samples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EverySampleCard_ValidAndWithinLimits(string name)
    {
        var answer = Samples.All().Single(s => s.Name == name).Answer;

        var problems = CardChecks.Problems(answer, out var adaptiveBytes, out var slackBytes);

        output.WriteLine($"{name}: adaptive {adaptiveBytes} bytes, slack {slackBytes} bytes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
