using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// How <c>reasons.json</c> is read: camelCase names, comments skipped, unknown fields rejected, nullable annotations
/// respected; source-generated, so no reflection (Native AOT).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReasonDocument))]
internal sealed partial class ReasonJsonContext : JsonSerializerContext;
