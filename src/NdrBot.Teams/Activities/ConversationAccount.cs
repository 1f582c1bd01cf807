namespace NdrBot.Teams.Activities;

/// <summary>The conversation; in Teams <see cref="ConversationType"/> is <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
public sealed record ConversationAccount(string? Id)
{
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    public string? Name { get; init; }

    public bool IsPersonal => ConversationType is null ? IsGroup != true : ConversationType == "personal";
}
