namespace NdrBot.Teams.Auth;

/// <summary>Constants of the Bot Framework channel-token check (protocol brief A2).</summary>
public static class BotAuth
{
    /// <summary>The authentication scheme that validates Connector tokens.</summary>
    public const string Scheme = "BotFramework";

    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Lower case, as the Connector sends it.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Claims NdrBot adds after validation: the channels the signing key is endorsed for.</summary>
    public const string EndorsementClaim = "ndrbot/endorsement";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The docs ask for a key refresh at least once a day.</summary>
    public static readonly TimeSpan KeyRefreshInterval = TimeSpan.FromHours(24);

    public static readonly string[] Algorithms = ["RS256", "RS384", "RS512"];
}
