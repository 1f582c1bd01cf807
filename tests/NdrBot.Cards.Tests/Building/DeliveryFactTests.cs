using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Building;
using NdrBot.Cards.Tests.Support;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.Building;

/// <summary>
/// Issue 17: a card says the code's class and, separately, whether the sending server gave up, in both formats; a
/// temporary code is never shown as "keeps retrying" on the strength of its class alone.
/// </summary>
public sealed class DeliveryFactTests
{
    private static List<string> AdaptiveTexts(Cards.Model.Answer answer) =>
        [.. JsonWalk.Objects(AdaptiveCardRenderer.Render(answer)["body"]).Where(o => (string?)o["type"] is "TextRun" or "TextBlock").Select(o => (string)o["text"]!)];

    private static string SlackText(Cards.Model.Answer answer) => string.Join("\n", JsonWalk.Strings(BlockKitRenderer.Render(answer)));

    [Fact]
    public void CodeQuestion_TemporaryCode_SaysItsClassAndThatACodeAloneCannotTell()
    {
        var answer = AnswerBuilder.FromExplanation(TestCatalogue.Explain("4.4.7"));

        var code = Assert.Single(answer.Codes);
        Assert.Equal(DeliveryState.Unknown, code.Delivery);
        var adaptive = AdaptiveTexts(answer);
        Assert.Contains(adaptive, t => t.StartsWith(DeliveryText.ClassLine(transient: true), StringComparison.Ordinal));
        Assert.Contains(adaptive, t => t == DeliveryText.Label(DeliveryState.Unknown) + ".");
        Assert.DoesNotContain(adaptive, t => t.Contains("keeps retrying", StringComparison.Ordinal));
        var slack = SlackText(answer);
        Assert.Contains(DeliveryText.Label(DeliveryState.Unknown), slack, StringComparison.Ordinal);
        Assert.Contains("cannot tell", slack, StringComparison.Ordinal);
    }

    [Fact]
    public void BounceCard_ExpiredTemporaryCode_ShowsFinalInBothFormats()
    {
        var answer = AnswerBuilder.FromExplanation(Samples.BounceExplanation(3, null));

        var expired = answer.Recipients.Single(r => r.Code.StartsWith("4.4.7", StringComparison.Ordinal));
        Assert.Equal(DeliveryState.Final, expired.Delivery);
        Assert.Contains("2 final, 1 still retrying", answer.Summary, StringComparison.Ordinal);
        var final = DeliveryText.Label(DeliveryState.Final) + ".";
        Assert.Contains(AdaptiveTexts(answer), t => t == final);
        Assert.Contains(final, SlackText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void BounceCard_AllFinal_SummarySaysTheSendingServerStopped()
    {
        var answer = AnswerBuilder.FromExplanation(Samples.BounceExplanation(1, null));

        Assert.Contains("final: the sending server has stopped trying", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void BounceCard_NothingTellsTheState_SummarySaysSo()
    {
        var explanation = Samples.BounceExplanation(2, null);
        var unknown = explanation with { Findings = [.. explanation.Findings.Select(f => f with { Delivery = DeliveryState.Unknown, DeliveryBasis = null })] };

        var answer = AnswerBuilder.FromExplanation(unknown);

        Assert.Contains("cannot be told", answer.Summary, StringComparison.Ordinal);
        Assert.Contains(AdaptiveTexts(answer), t => t == DeliveryText.Label(DeliveryState.Unknown) + ".");
    }
}
