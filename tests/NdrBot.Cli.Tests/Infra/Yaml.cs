using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// Reads YAML documents as JSON nodes, typing plain scalars the YAML 1.2 core-schema way (true/false, null, integers,
/// floats; everything else and every quoted scalar is a string), so JSON Schema can check them.
/// </summary>
internal static class Yaml
{
    public static IReadOnlyList<JsonNode?> ReadAll(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return [.. stream.Documents.Select(d => ToJson(d.RootNode))];
    }

    public static JsonNode? Read(string path) => Assert.Single(ReadAll(path));

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => Mapping(map),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidDataException($"unsupported YAML node at {node.Start}"),
    };

    /// <summary>A mapping; a <c>&lt;&lt;</c> merge key (as compose files use) adds the keys the mapping lacks.</summary>
    private static JsonObject Mapping(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name != "<<")
            {
                result[name] = ToJson(value);
            }
        }

        foreach (var (key, value) in map.Children)
        {
            if (((YamlScalarNode)key).Value == "<<" && value is YamlMappingNode merged)
            {
                foreach (var (name, node) in Mapping(merged))
                {
                    if (!result.ContainsKey(name))
                    {
                        result[name] = node?.DeepClone();
                    }
                }
            }
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            "" or "~" or "null" or "Null" or "NULL" => null,
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Any(char.IsAsciiDigit) => JsonValue.Create(d),
            _ => JsonValue.Create(text),
        };
    }
}
