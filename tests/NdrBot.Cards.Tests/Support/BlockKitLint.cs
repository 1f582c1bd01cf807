using System.Text.Json.Nodes;
using NdrBot.Cards.BlockKit;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.Support;

/// <summary>Checks a chat.postMessage body against the Block Kit limits (protocol brief B7); lists every breach.</summary>
internal static class BlockKitLint
{
    public static IReadOnlyList<string> Check(JsonObject message)
    {
        var errors = new List<string>();
        var text = message["text"]?.GetValue<string>();
        Require(!string.IsNullOrWhiteSpace(text), "fallback text missing", errors);
        var blocks = message["blocks"]!.AsArray();
        Require(blocks.Count is > 0 and <= BlockKitLimits.MaxBlocks, $"{blocks.Count} blocks", errors);
        for (var i = 0; i < blocks.Count; i++)
        {
            CheckBlock(blocks[i]!.AsObject(), $"blocks[{i}]", errors);
        }

        return errors;
    }

    private static void CheckBlock(JsonObject block, string at, List<string> errors)
    {
        var type = (string?)block["type"];
        Require(Len(block["block_id"]) <= 255, $"{at}: block_id too long", errors);
        switch (type)
        {
            case "header":
                Require(Len(block["text"]?["text"]) is > 0 and <= BlockKitLimits.HeaderText, $"{at}: header text length", errors);
                Require((string?)block["text"]?["type"] == "plain_text", $"{at}: header must be plain_text", errors);
                break;
            case "section":
                var fields = block["fields"]?.AsArray();
                Require(block["text"] is not null || fields is not null, $"{at}: section without text or fields", errors);
                Require(block["text"] is null || Len(block["text"]?["text"]) is > 0 and <= BlockKitLimits.SectionText, $"{at}: section text length {Len(block["text"]?["text"])}", errors);
                Require(fields is null || (fields.Count <= BlockKitLimits.MaxFields && fields.All(f => Len(f?["text"]) is > 0 and <= BlockKitLimits.FieldText)), $"{at}: fields", errors);
                break;
            case "context":
                Require(block["elements"]!.AsArray().Count is > 0 and <= BlockKitLimits.ContextElements, $"{at}: context elements", errors);
                break;
            case "actions":
                Require(block["elements"]!.AsArray().Count is > 0 and <= 25, $"{at}: actions elements", errors);
                break;
            case "input":
                Require(block["label"] is not null && block["element"] is not null, $"{at}: input needs label and element", errors);
                break;
            default:
                errors.Add($"{at}: unexpected block type {type}");
                break;
        }

        var interactive = JsonWalk.Objects(block).Where(o => o["action_id"] is not null).ToList();
        Require(interactive.Select(o => (string?)o["action_id"]).Distinct().Count() == interactive.Count, $"{at}: duplicate action_id", errors);
        foreach (var element in interactive)
        {
            Require(Len(element["action_id"]) is > 0 and <= BlockKitLimits.ActionId, $"{at}: action_id length", errors);
            if ((string?)element["type"] == "button")
            {
                Require(Len(element["text"]?["text"]) is > 0 and <= BlockKitLimits.ButtonText, $"{at}: button text length", errors);
                Require(Len(element["value"]) <= BlockKitLimits.ButtonValue, $"{at}: button value length", errors);
                Require(Len(element["url"]) <= 3000, $"{at}: button url length", errors);
            }

            if ((string?)element["type"] == "checkboxes")
            {
                var options = element["options"]!.AsArray();
                Require(options.Count is > 0 and <= 10 && options.All(o => Len(o?["text"]?["text"]) is > 0 and <= 75), $"{at}: checkbox options", errors);
            }
        }
    }

    private static int Len(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length : 0;

    private static void Require(bool ok, string message, List<string> errors)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }
}
