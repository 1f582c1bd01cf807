using System.Text.Json.Nodes;

namespace NdrBot.Teams.Invoke;

/// <summary>
/// Bodies of <c>adaptiveCard/action</c> invoke responses (Universal Actions, brief A4): the HTTP status is 200
/// whenever the invoke was processed, and the outcome is in the body's <c>statusCode</c>.
/// </summary>
public static class InvokeResponses
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static TeamsTurnResult Card(JsonObject card) => Body(200, CardType, card);

    public static TeamsTurnResult Message(string message) => Body(200, MessageType, JsonValue.Create(message));

    public static TeamsTurnResult Error(string code, string message) =>
        Body(400, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    private static TeamsTurnResult Body(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });
}
