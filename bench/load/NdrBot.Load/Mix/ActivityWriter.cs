using System.Globalization;
using System.Text.Json;

namespace NdrBot.Load.Mix;

/// <summary>
/// Writes the Bot Framework message activity a Teams channel would post: a channel thread, the bot mentioned at
/// the start (<c>&lt;at&gt;NdrBot&lt;/at&gt;</c> plus the mention entity), a serviceUrl pointing at the fake connector.
/// </summary>
internal sealed class ActivityWriter(Uri serviceUrl, int channels = 32, int users = 200)
{
    public const string BotId = "28:load-bot";
    public const string BotName = "NdrBot";
    private const string MentionTag = "<at>" + BotName + "</at>";

    public byte[] Write(string activityId, MixMessage message, long number)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = (number % channels).ToString(CultureInfo.InvariantCulture);
        var user = (number % users).ToString(CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream(message.Text.Length + 1_024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", activityId);
            json.WriteString("channelId", "msteams");
            json.WriteString("serviceUrl", serviceUrl.ToString());
            json.WriteString("text", MentionTag + " " + message.Text);
            json.WriteString("textFormat", "plain");
            WriteAccount(json, "from", "29:load-user-" + user, "Load User " + user);
            WriteAccount(json, "recipient", BotId, BotName);
            json.WriteStartObject("conversation");
            json.WriteString("id", $"19:load-channel-{channel}@thread.tacv2;messageid={channel}000");
            json.WriteString("conversationType", "channel");
            json.WriteString("tenantId", "load-tenant");
            json.WriteBoolean("isGroup", true);
            json.WriteEndObject();
            json.WriteStartArray("entities");
            json.WriteStartObject();
            json.WriteString("type", "mention");
            json.WriteString("text", MentionTag);
            WriteAccount(json, "mentioned", BotId, BotName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteAccount(Utf8JsonWriter json, string name, string id, string display)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("name", display);
        json.WriteEndObject();
    }
}
