using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// How <c>catalogue.json</c> is read: camelCase names, kebab-case enums, unknown fields rejected.
/// </summary>
/// <remarks>
/// Note: reflection-based on purpose. The source generator sets every init-only property in its object
/// initializer, so an absent optional list became null instead of keeping its <c>[]</c> default.
/// </remarks>
internal static class CatalogueJsonOptions
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new KebabEnumConverter<Vendor>());
        options.Converters.Add(new KebabEnumConverter<Actor>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
