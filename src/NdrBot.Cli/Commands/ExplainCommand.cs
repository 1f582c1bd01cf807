using System.CommandLine;
using System.Text;
using NdrBot.Cli.Output;
using NdrBot.Core.Bounces;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Commands;

/// <summary><c>ndrbot explain [--format text|json|adaptive|slack] [--check] [TEXT...]</c>; no TEXT or <c>-</c> reads stdin.</summary>
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
        var check = new Option<bool>("--check") { Description = "Also look up SPF, DMARC, MX, PTR and blocklists for what the bounce names (Diagnostics:Dns settings)." };
        var command = new Command("explain", "Explain codes, a pasted bounce or a whole message.") { format, check, text };
        command.SetAction((parse, ct) => RunAsync(io, parse.GetValue(format), parse.GetValue(check), parse.GetValue(text) ?? [], ct));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, OutputFormat format, bool check, string[] words, CancellationToken cancellationToken)
    {
        var explainer = new Explainer();
        Explanation explanation;
        string text;
        if (words.Length == 0 || words is ["-"])
        {
            var bytes = await ReadAllAsync(io.Stdin, cancellationToken);
            explanation = FromStdin(explainer, bytes);
            text = Encoding.UTF8.GetString(bytes);
        }
        else
        {
            text = string.Join(' ', words);
            explanation = explainer.Explain(text);
        }

        CheckReport? checks = null;
        if (check)
        {
            if (await CliChecks.CreateAsync(io, "explain") is not { } live)
            {
                return CliApp.UsageError;
            }

            checks = await live.CheckAsync(explanation, text, cancellationToken);
        }

        await io.Stdout.WriteAsync(ExplanationWriter.Write(explanation, format, checks));
        // Note: a feedback report or an auto-reply with nothing to list is still an answer: the text says what it is.
        if (explanation.IsEmpty && explanation.Kind is not (ExplanationKind.Feedback or ExplanationKind.AutoReply))
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
