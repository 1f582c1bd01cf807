using System.Text.Json.Nodes;

namespace NdrBot.Tests.Shared;

/// <summary>Every object below a node, depth first.</summary>
internal static class JsonWalk
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var child in o.SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
