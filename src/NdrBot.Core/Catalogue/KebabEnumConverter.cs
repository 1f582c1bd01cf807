using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Core.Catalogue;

/// <summary>Reads and writes enum members as kebab-case strings (<c>exchange-online</c>, <c>mail-admin</c>).</summary>
internal sealed class KebabEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
