namespace NdrBot.Triage.Cases;

/// <summary>
/// Where a request comes from, as cases are keyed: a case is seen and changed only from the conversation it was
/// opened in. <see cref="Key"/> names the channel, its workspace and the conversation (<c>msteams:tenant/19:…</c>,
/// <c>slack:T1/C2</c>); <see cref="FormerKey"/> is the same conversation as keys named it before they held the
/// workspace (<c>msteams:19:…</c>), so cases opened then stay reachable from their own conversation.
/// </summary>
public sealed record CaseScope(string Key, string? FormerKey = null)
{
    public IReadOnlyList<string> Keys => FormerKey is null || FormerKey == Key ? [Key] : [Key, FormerKey];

    public bool Holds(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Conversation == Key || (FormerKey is not null && c.Conversation == FormerKey);
    }
}
