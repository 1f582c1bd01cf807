using System.Security.Claims;

namespace NdrBot.Teams.Auth;

/// <summary>
/// What the token check came to: the <see cref="Caller"/> it vouches for, or null when refused (401). With
/// <see cref="KeysUnavailable"/> it could not be decided, because the signing keys cannot be had (503, try later).
/// </summary>
public sealed record CallerCheck(ClaimsPrincipal? Caller, bool KeysUnavailable = false)
{
    public static CallerCheck Refused { get; } = new(null, false);

    public static CallerCheck Undecided { get; } = new(null, true);
}
