using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Core.Checks;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(BlocklistDocument))]
internal sealed partial class BlocklistJsonContext : JsonSerializerContext;
