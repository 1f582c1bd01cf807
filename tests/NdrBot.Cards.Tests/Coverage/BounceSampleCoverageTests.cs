using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;
using Xunit.Abstractions;

namespace NdrBot.Cards.Tests.Coverage;

/// <summary>Every public bounce sample (and every not-a-bounce sample) renders in both formats, valid and within limits.</summary>
public sealed class BounceSampleCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_EveryPublicSample_ValidAndWithinLimits()
    {
        var files = Directory.GetFiles(TestData.PathOf("bounces", "maildir"), "*.eml", SearchOption.AllDirectories);
        var explainer = new Explainer();
        var report = new CoverageReport();

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            // Note: Explain(text) until the Core explainer grows a byte overload for raw messages.
            var explanation = explainer.Explain(File.ReadAllText(file));
            var answer = AnswerBuilder.FromExplanation(explanation);
            report.Check(Path.GetFileName(file), answer);
            Assert.Equal(answer.Kind is AnswerKind.Code or AnswerKind.Bounce or AnswerKind.Checklist, AnswerBuilder.HasTriage(explanation));
        }

        output.WriteLine(report.ToString());
        Assert.True(files.Length >= 190, $"only {files.Length} samples found");
        report.AssertClean();
    }
}
