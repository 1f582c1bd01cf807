using System.Text.Json;
using System.Text.Json.Serialization;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// How <c>catalogue.json</c> is read: camelCase names, kebab-case enums, comments skipped, unknown fields rejected,
/// nullable annotations respected. Source-generated, so reading the catalogue needs no reflection (Native AOT, and
/// no serializer metadata built at start-up).
/// </summary>
/// <remarks>
/// Note: the generator sets every init-only property in its object initializer, absent ones to null, so the
/// optional lists of <see cref="CatalogueEntry"/>, <see cref="Checklist"/> and <see cref="CatalogueDocument"/> turn a
/// null back into their empty default in the setter. An explicit <c>null</c> in the JSON is still rejected
/// (<c>RespectNullableAnnotations</c>).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    Converters = [typeof(KebabEnumConverter<Vendor>), typeof(KebabEnumConverter<Actor>)])]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
