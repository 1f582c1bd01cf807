using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NdrBot.Teams.Connector;

/// <summary>
/// JSON rendered once (a card as UTF-8), written into an activity as it is: a reply's card is serialized once per
/// turn instead of being built into a <see cref="JsonNode"/> tree and serialized again with the activity.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private readonly byte[] utf8;

    /// <param name="utf8">One complete JSON value; the caller vouches for it (it is written without being checked).</param>
    public RawJson(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        this.utf8 = utf8;
    }

    public ReadOnlySpan<byte> Utf8 => utf8;

    public static RawJson From(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new RawJson(Encoding.UTF8.GetBytes(node.ToJsonString()));
    }

    public JsonNode? ToNode() => JsonNode.Parse(utf8);

    public string ToJsonString() => Encoding.UTF8.GetString(utf8);
}
