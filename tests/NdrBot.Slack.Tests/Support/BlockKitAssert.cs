using System.Text.Json.Nodes;
using NdrBot.Cards.BlockKit;

namespace NdrBot.Slack.Tests.Support;

/// <summary>Block Kit limits (protocol-brief B7) for every message NdrBot sends.</summary>
internal static class BlockKitAssert
{
    public static void WithinLimits(JsonObject message)
    {
        Assert.False(string.IsNullOrEmpty((string?)message["text"]), "fallback text is always set");
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

                    Assert.True(block["fields"] is not JsonArray fields || fields.Count <= BlockKitLimits.MaxFields);
                    break;
                case "actions":
                    foreach (var button in block["elements"]!.AsArray().Select(e => e!.AsObject()))
                    {
                        Assert.InRange(((string?)button["text"]!["text"])!.Length, 1, BlockKitLimits.ButtonText);
                        Assert.True(((string?)button["value"] ?? string.Empty).Length <= BlockKitLimits.ButtonValue);
                    }

                    break;
            }
        }
    }
}
