using System.Text.Json.Nodes;
using NdrBot.Cards.BlockKit;

namespace NdrBot.Tests.Shared.Cards;

/// <summary>Block Kit limits (protocol-brief B7) checked on every message NdrBot sends to Slack.</summary>
internal static class BlockKitAssert
{
    public static void WithinLimits(JsonObject message)
    {
        Assert.False(string.IsNullOrEmpty((string?)message["text"]), "fallback text is always set");
        Assert.InRange(message.ToJsonString().Length, 1, BlockKitLimits.MaxMessageChars);
        var blocks = message["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, BlockKitLimits.MaxBlocks);
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            switch ((string?)block["type"])
            {
                case "header":
                    Assert.InRange(((string?)block["text"]!["text"])!.Length, 1, BlockKitLimits.HeaderText);
                    break;
                case "section":
                    if (block["text"] is { } text)
                    {
                        Assert.InRange(((string?)text["text"])!.Length, 1, BlockKitLimits.SectionText);
                    }

                    if (block["fields"] is JsonArray fields)
                    {
                        Assert.InRange(fields.Count, 1, BlockKitLimits.MaxFields);
                        Assert.All(fields, f => Assert.InRange(((string?)f!["text"])!.Length, 1, BlockKitLimits.FieldText));
                    }

                    break;
                case "context":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, BlockKitLimits.ContextElements);
                    break;
                case "actions":
                    foreach (var button in block["elements"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["type"] == "button"))
                    {
                        Assert.InRange(((string?)button["text"]!["text"])!.Length, 1, BlockKitLimits.ButtonText);
                        Assert.InRange(((string?)button["action_id"])!.Length, 1, BlockKitLimits.ActionId);
                        Assert.True(((string?)button["value"] ?? string.Empty).Length <= BlockKitLimits.ButtonValue);
                    }

                    break;
            }
        }
    }
}
