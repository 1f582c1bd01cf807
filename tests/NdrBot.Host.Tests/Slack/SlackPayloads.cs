using System.Text.Json.Nodes;

namespace NdrBot.Host.Tests.Slack;

/// <summary>Slack request bodies as the Events API, slash commands and interactivity send them.</summary>
internal static class SlackPayloads
{
    public const string BotUserId = "UBOT0001";

    public static string AppMention(string eventId, string text, string channel = "C1", string ts = "1700000000.000100") => new JsonObject
    {
        ["token"] = "deprecated",
        ["team_id"] = "T1",
        ["api_app_id"] = "A1",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T1", ["user_id"] = BotUserId, ["is_bot"] = true }),
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U1",
            ["text"] = $"<@{BotUserId}> {text}",
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        },
    }.ToJsonString();

    public static string UrlVerification(string challenge) =>
        new JsonObject { ["token"] = "deprecated", ["challenge"] = challenge, ["type"] = "url_verification" }.ToJsonString();

    public static string Command(string text, Uri responseUrl, string team = "T1", string channel = "C1", string trigger = "1.2.3") =>
        $"team_id={team}&channel_id={channel}&user_id=U1&user_name=alice&command=%2Fndr&text=" + Uri.EscapeDataString(text)
        + "&response_url=" + Uri.EscapeDataString(responseUrl.AbsoluteUri) + "&trigger_id=" + trigger;

    public static string ButtonClick(string value, Uri responseUrl)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["api_app_id"] = "A1",
            ["response_url"] = responseUrl.AbsoluteUri,
            ["trigger_id"] = "1.2.3",
            ["user"] = new JsonObject { ["id"] = "U1", ["username"] = "alice" },
            ["team"] = new JsonObject { ["id"] = "T1" },
            ["channel"] = new JsonObject { ["id"] = "C1" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000001.000200", ["channel_id"] = "C1", ["is_ephemeral"] = false },
            ["message"] = new JsonObject { ["ts"] = "1700000001.000200", ["text"] = "card" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = "ndrbot.claim",
                ["block_id"] = "ndrbot.actions",
                ["value"] = value,
                ["action_ts"] = "1700000002.000300",
            }),
        };
        return "payload=" + Uri.EscapeDataString(payload.ToJsonString());
    }
}
