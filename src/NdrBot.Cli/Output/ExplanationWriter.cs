using NdrBot.Cli.Commands;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

internal static class ExplanationWriter
{
    public static string Write(Explanation explanation, OutputFormat format) => format switch
    {
        OutputFormat.Json => JsonExplanationWriter.Write(explanation) + "\n",
        _ => TextExplanationWriter.Write(explanation),
    };
}
