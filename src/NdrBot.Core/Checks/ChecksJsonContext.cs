using System.Text.Json.Serialization;

namespace NdrBot.Core.Checks;

/// <summary>
/// JSON for check results and reports (camelCase, lower-case enums, nulls left out), source-generated so it needs no
/// reflection: the CLI prints with it and a case store can keep a <see cref="CheckReport"/> with it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LowercaseEnumConverter<CheckKind>), typeof(LowercaseEnumConverter<CheckVerdict>)])]
[JsonSerializable(typeof(CheckReport))]
[JsonSerializable(typeof(CheckResult))]
[JsonSerializable(typeof(CheckEvidence))]
[JsonSerializable(typeof(IReadOnlyList<CheckResult>))]
public sealed partial class ChecksJsonContext : JsonSerializerContext;
