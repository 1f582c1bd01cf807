using System.Text.Json.Nodes;

namespace NdrBot.Cards.BlockKit;

/// <summary>Small constructors for the Block Kit objects NdrBot sends. Texts passed in are already escaped mrkdwn.</summary>
internal static class SlackBlocks
{
    public static JsonObject Header(string plain) => new()
    {
        ["type"] = "header",
        ["text"] = Plain(Fit(plain, BlockKitLimits.HeaderText)),
    };

    public static JsonObject Section(string mrkdwn, JsonObject? accessory = null)
    {
        var block = new JsonObject { ["type"] = "section", ["text"] = Text(Mrkdwn.Fit(mrkdwn, BlockKitLimits.SectionText)) };
        if (accessory is not null)
        {
            block["accessory"] = accessory;
        }

        return block;
    }

    public static JsonObject Fields(IEnumerable<string> mrkdwn) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. mrkdwn.Take(BlockKitLimits.MaxFields).Select(f => (JsonNode)Text(Mrkdwn.Fit(f, BlockKitLimits.FieldText)))]),
    };

    public static JsonObject Context(params IEnumerable<string> mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. mrkdwn.Take(BlockKitLimits.ContextElements).Select(t => (JsonNode)Text(Mrkdwn.Fit(t, BlockKitLimits.FieldText)))]),
    };

    public static JsonObject Actions(string blockId, IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. elements]),
    };

    public static JsonObject Button(string label, string actionId, string? value = null, Uri? url = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(Fit(label, BlockKitLimits.ButtonText)),
            ["action_id"] = actionId,
        };
        if (value is not null)
        {
            button["value"] = value;
        }

        if (url is not null)
        {
            button["url"] = url.AbsoluteUri;
        }

        return button;
    }

    /// <summary>A mrkdwn text object. <c>verbatim</c> stops Slack from turning bare URLs and names into links.</summary>
    public static JsonObject Text(string mrkdwn) => new() { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true };

    public static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = false };

    private static string Fit(string plain, int max) => plain.Length <= max ? plain : plain[..(max - 1)] + "…";
}
