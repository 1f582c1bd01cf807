using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Model;

namespace NdrBot.Cards.Tests.Support;

/// <summary>Renders an answer both ways and lists every rule it breaks: schema, size, Block Kit limits.</summary>
internal static class CardChecks
{
    /// <summary>The message-extension card limit; bot messages may be larger, but NdrBot's cards stay under it.</summary>
    public const int MaxAdaptiveBytes = 28 * 1024;

    public static IReadOnlyList<string> Problems(Answer answer, out int adaptiveBytes, out int slackBytes)
    {
        var problems = new List<string>();
        var card = AdaptiveCardRenderer.Render(answer);
        adaptiveBytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
        if (adaptiveBytes > MaxAdaptiveBytes)
        {
            problems.Add($"adaptive card is {adaptiveBytes} bytes");
        }

        if ((string?)card["version"] != "1.5" || (string?)card["type"] != "AdaptiveCard")
        {
            problems.Add("adaptive card type/version");
        }

        problems.AddRange(AdaptiveSchema.Validate(card).Select(e => "schema: " + e));
        var slack = BlockKitRenderer.Render(answer);
        slackBytes = Encoding.UTF8.GetByteCount(slack.ToJsonString());
        problems.AddRange(BlockKitLint.Check(slack).Select(e => "block kit: " + e));
        return problems;
    }

    public static void AssertClean(Answer answer, string what)
    {
        var problems = Problems(answer, out _, out _);
        Assert.True(problems.Count == 0, $"{what}:\n  " + string.Join("\n  ", problems));
    }

    public static JsonObject Slack(Answer answer) => BlockKitRenderer.Render(answer);

    public static JsonObject Adaptive(Answer answer) => AdaptiveCardRenderer.Render(answer);
}
