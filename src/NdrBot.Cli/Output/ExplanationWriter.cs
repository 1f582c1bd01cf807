using System.Text.Json;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Building;
using NdrBot.Cli.Commands;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

internal static class ExplanationWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The explanation in <paramref name="format"/>, with the live <paramref name="checks"/> when they were made.</summary>
    public static string Write(Explanation explanation, OutputFormat format, CheckReport? checks = null) => format switch
    {
        OutputFormat.Json => JsonExplanationWriter.Write(explanation, checks: checks) + "\n",
        OutputFormat.Adaptive => AdaptiveCardRenderer.Render(AnswerBuilder.FromExplanation(explanation, checks: checks)).ToJsonString(Indented) + "\n",
        OutputFormat.Slack => BlockKitRenderer.Render(AnswerBuilder.FromExplanation(explanation, checks: checks)).ToJsonString(Indented) + "\n",
        _ => TextExplanationWriter.Write(explanation, checks),
    };
}
