using System.CommandLine;
using System.Text;
using NdrBot.Cli.Output;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Commands;

/// <summary><c>ndrbot explain [--format text|json|adaptive|slack] [TEXT...]</c>; no TEXT or <c>-</c> reads stdin.</summary>
internal static class ExplainCommand
{
    private const int MaxStdinBytes = 16 << 20;

    public static Command Create(CliIo io)
    {
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output: text (default), json, adaptive (Adaptive Card) or slack (chat.postMessage body).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var text = new Argument<string[]>("TEXT")
        {
            Description = "A code (5.4.6, 550, 5.1.x), a question, or '-' to read a pasted bounce or .eml from stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("explain", "Explain codes, a pasted bounce or a whole message.") { format, text };
        command.SetAction((parse, ct) => RunAsync(io, parse.GetValue(format), parse.GetValue(text) ?? [], ct));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, OutputFormat format, string[] words, CancellationToken cancellationToken)
    {
        var explainer = new Explainer();
        Explanation explanation;
        if (words.Length == 0 || words is ["-"])
        {
            explanation = FromStdin(explainer, await ReadAllAsync(io.Stdin, cancellationToken));
        }
        else
        {
            explanation = explainer.Explain(string.Join(' ', words));
        }

        await io.Stdout.WriteAsync(ExplanationWriter.Write(explanation, format));
        if (explanation.IsEmpty)
        {
            await io.Stderr.WriteLineAsync("ndrbot: no delivery status code, bounce or known topic found in the input.");
            return CliApp.NothingFound;
        }

        return CliApp.Answered;
    }

    /// <summary>
    /// A whole message (it opens with header fields) is read as bytes, so its own charsets and encodings are kept;
    /// a pasted fragment, or a message that turns out to say nothing, is read as UTF-8 text.
    /// </summary>
    private static Explanation FromStdin(Explainer explainer, byte[] bytes)
    {
        if (BounceAnalyzer.LooksLikeMessage(bytes) && explainer.Explain(bytes) is { IsEmpty: false } message)
        {
            return message;
        }

        return explainer.Explain(Encoding.UTF8.GetString(bytes));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxStdinBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, MaxStdinBytes - buffer.Length));
        }

        return buffer.ToArray();
    }
}
