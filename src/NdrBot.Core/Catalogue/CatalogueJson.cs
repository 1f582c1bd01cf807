using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Core.Catalogue;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    Converters = [typeof(KebabEnumConverter<Vendor>), typeof(KebabEnumConverter<Actor>)])]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class CatalogueJson : JsonSerializerContext;
