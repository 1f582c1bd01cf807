using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NdrBot.Host.Tests.Support;

/// <summary>Inbound activities as Teams sends them (shapes from protocol-brief A1 and the playground capture).</summary>
internal static class Activities
{
    public const string BotId = "28:bot-app-id";

    public static JsonObject Message(string serviceUrl, string text, string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = "msg-1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Alex Wilber" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ndrbot" },
        ["conversation"] = new JsonObject { ["id"] = "conv-1", ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" }),
        ["somethingNew"] = new JsonObject { ["ignored"] = true },
    };

    public static HttpRequestMessage Post(JsonNode activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    public static HttpRequestMessage PostWithToken(JsonNode activity, string token)
    {
        var request = Post(activity);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
