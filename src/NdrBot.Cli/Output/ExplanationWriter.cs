using System.Text.Json;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Building;
using NdrBot.Cli.Commands;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

internal static class ExplanationWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Explanation explanation, OutputFormat format) => format switch
    {
        OutputFormat.Json => JsonExplanationWriter.Write(explanation) + "\n",
        OutputFormat.Adaptive => AdaptiveCardRenderer.Render(AnswerBuilder.FromExplanation(explanation)).ToJsonString(Indented) + "\n",
        OutputFormat.Slack => BlockKitRenderer.Render(AnswerBuilder.FromExplanation(explanation)).ToJsonString(Indented) + "\n",
        _ => TextExplanationWriter.Write(explanation),
    };
}
