using System.Text.Json;
using System.Text.Json.Serialization;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;

namespace NdrBot.Teams.Activities;

/// <summary>The Bot Framework wire types, source-generated with the settings of <see cref="TeamsJson.Options"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(PendingReply))]
[JsonSerializable(typeof(PendingCardRefresh))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
