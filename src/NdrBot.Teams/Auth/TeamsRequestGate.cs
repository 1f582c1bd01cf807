using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Auth;

/// <summary>
/// Decides whether an inbound request may be processed. With an AppId: a valid Connector token (JwtBearer), then
/// the key's endorsement of <c>channelId</c> and the <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// Without one (local dev): loopback callers with loopback serviceUrls only.
/// </summary>
public sealed class TeamsRequestGate(IOptions<TeamsOptions> options, SigningKeyState keys, ILogger<TeamsRequestGate> logger)
{
    /// <summary>
    /// Step one, before the body is read: the token (or, in dev mode, the caller's address). A token that could not
    /// be checked because the signing keys cannot be had is <see cref="CallerCheck.Undecided"/>, not refused.
    /// </summary>
    public async Task<CallerCheck> AuthenticateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!options.Value.AuthEnabled)
        {
            return IsLoopback(http.Connection.RemoteIpAddress) || Refuse("remote caller in dev mode", null)
                ? new CallerCheck(new ClaimsPrincipal(new ClaimsIdentity()))
                : CallerCheck.Refused;
        }

        var result = await http.AuthenticateAsync(BotAuth.Scheme);
        if (result.Succeeded)
        {
            return new CallerCheck(result.Principal);
        }

        // Note: JwtBearer reports a token it could not check for want of keys as a failure like any other.
        if (result.Failure is not null && keys.Unavailable)
        {
            Log.SigningKeysUnavailable(logger);
            return CallerCheck.Undecided;
        }

        Refuse("token rejected", result.Failure?.GetType().Name ?? "no token");
        return CallerCheck.Refused;
    }

    /// <summary>Step two, after parsing: the activity must match what the token vouches for.</summary>
    public bool Authorize(ClaimsPrincipal caller, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(activity);
        if (!options.Value.AuthEnabled)
        {
            return activity.ServiceUrl is null || IsLoopbackUrl(activity.ServiceUrl) || Refuse("non-loopback serviceUrl in dev mode", null);
        }

        if (!string.IsNullOrEmpty(activity.ChannelId)
            && !caller.FindAll(BotAuth.EndorsementClaim).Any(c => string.Equals(c.Value, activity.ChannelId, StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse("channel not endorsed", activity.ChannelId);
        }

        if (activity.ServiceUrl is not null
            && !string.Equals(caller.FindFirst(BotAuth.ServiceUrlClaim)?.Value, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("serviceurl claim mismatch", null);
        }

        return true;
    }

    public static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    /// <summary>Logs why a request is refused; always false.</summary>
    private bool Refuse(string reason, string? detail)
    {
        Log.Unauthorized(logger, reason, detail);
        return false;
    }
}
