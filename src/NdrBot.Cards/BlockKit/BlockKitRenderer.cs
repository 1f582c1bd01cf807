using System.Text.Json.Nodes;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using static NdrBot.Cards.BlockKit.Mrkdwn;
using static NdrBot.Cards.BlockKit.SlackBlocks;

namespace NdrBot.Cards.BlockKit;

/// <summary>
/// Renders an <see cref="Answer"/> as a <c>chat.postMessage</c> body: <c>text</c> (the fallback shown in
/// notifications, always set) and <c>blocks</c>. The answer limits keep it within 50 blocks.
/// </summary>
public static class BlockKitRenderer
{
    public static JsonObject Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var message = Build(answer);
        while ((message["blocks"]!.AsArray().Count > BlockKitLimits.MaxBlocks || message.ToJsonString().Length > BlockKitLimits.MaxMessageChars)
            && AnswerShrinker.Shrink(answer) is { } smaller)
        {
            answer = smaller;
            message = Build(answer);
        }

        return message;
    }

    private static JsonObject Build(Answer answer)
    {
        var blocks = new List<JsonObject> { Header(answer.Title) };
        if (answer.Kind != AnswerKind.Code || answer.Codes.Count > 1)
        {
            blocks.Add(Section(Escape(answer.Summary)));
        }

        if (answer.Notices.Count > 0)
        {
            blocks.Add(Context(answer.Notices.Select(Escape)));
        }

        blocks.AddRange(answer.Codes.SelectMany(BlockKitAnswerParts.Code));
        blocks.AddRange(BlockKitAnswerParts.Recipients(answer));
        if (answer.Steps.Count > 0)
        {
            blocks.Add(Section(BlockKitAnswerParts.Steps(answer.Steps)));
        }

        blocks.AddRange(BlockKitCheckParts.Checks(answer.Checks));
        if (answer.Lines.Count > 0)
        {
            blocks.Add(Section(BlockKitAnswerParts.Bullets(answer.Lines)));
        }

        if (answer.Checklist is { } checklist)
        {
            blocks.AddRange(BlockKitTriageParts.Checklist(checklist, answer.Kind != AnswerKind.Checklist));
        }

        if (answer.Triage is { } triage)
        {
            blocks.AddRange(BlockKitTriageParts.Triage(triage));
        }

        return new JsonObject
        {
            ["text"] = Fit(Escape($"{answer.Title}: {answer.Summary}"), BlockKitLimits.FallbackText),
            ["blocks"] = new JsonArray([.. blocks]),
        };
    }
}
