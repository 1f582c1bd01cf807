using NdrBot.Cards.Model;

namespace NdrBot.Host.Cases;

/// <summary>
/// How a person is named in cases: the display name the channel gives (what the card shows, "Alex has it"),
/// falling back to the user id. <c>@ndrbot mine</c> looks cases up by the same name.
/// </summary>
internal static class Actors
{
    public static string Of(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return !string.IsNullOrWhiteSpace(asker.UserName) ? asker.UserName.Trim()
            : !string.IsNullOrWhiteSpace(asker.UserId) ? asker.UserId
            : "someone";
    }
}
