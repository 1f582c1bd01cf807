using System.Text.Json.Nodes;

namespace NdrBot.Teams;

/// <summary>What the messaging endpoint answers: a status and, for invokes, the invoke response body.</summary>
public sealed record TeamsTurnResult(int StatusCode, JsonObject? Body = null)
{
    public static TeamsTurnResult Ok { get; } = new(200);

    public static TeamsTurnResult BadRequest { get; } = new(400);

    /// <summary>An invoke NdrBot does not handle (brief A1: the SDK answers 501).</summary>
    public static TeamsTurnResult NotImplemented { get; } = new(501);

    public static TeamsTurnResult Busy { get; } = new(503);
}
