using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Teams.Activities;

/// <summary>
/// An inbound Bot Framework activity, modelling only the fields NdrBot reads. Everything else is kept in
/// <see cref="Extra"/> so unknown fields never break parsing (activity spec A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Action { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public string? ReplyToId { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    // Note: settable, not init: the source-generated reader fills init-only properties through the constructor, and
    // extension data cannot be bound that way.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
