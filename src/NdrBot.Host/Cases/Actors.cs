using NdrBot.Cards.Model;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary>
/// How a person is recorded on cases: by the stable id the channel gives (Teams: AAD object id, else user id; Slack:
/// team and user id), shown by name. Two people with the same display name are two people.
/// </summary>
internal static class Actors
{
    public static string IdOf(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return !string.IsNullOrWhiteSpace(asker.UserId) ? asker.UserId : "someone";
    }

    public static string NameOf(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return !string.IsNullOrWhiteSpace(asker.UserName) ? asker.UserName.Trim() : IdOf(asker);
    }

    /// <summary>Every id the person may be recorded under: the stable id, and the one older versions used.</summary>
    public static IReadOnlyList<string> IdsOf(Asker asker) =>
        asker.FormerUserId is { Length: > 0 } former && former != IdOf(asker) ? [IdOf(asker), former] : [IdOf(asker)];

    public static bool Owns(Asker asker, Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Owner is { } owner && IdsOf(asker).Contains(owner, StringComparer.Ordinal);
    }

    /// <summary>The action as done by <paramref name="asker"/>: named, and recognised under their former id.</summary>
    public static CaseAction By(CaseAction action, Asker asker)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action with { ActorName = NameOf(asker), FormerActor = asker.FormerUserId };
    }

    public static string OwnerName(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.OwnerName ?? c.Owner ?? "nobody";
    }
}
