using System.Text.Json.Serialization;

namespace NdrBot.Core.Checks;

/// <summary>Reads and writes enum members as their names in lower case, without separators (<c>softfail</c>).</summary>
public sealed class LowercaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(new LowercaseNamingPolicy(), allowIntegerValues: false)
    where TEnum : struct, Enum;
