using System.ComponentModel.DataAnnotations;

namespace NdrBot.Teams;

/// <summary>The <c>Teams</c> configuration section. Without <see cref="AppId"/> inbound auth is off (loopback only).</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    public const string PublicOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The bot's Microsoft App ID; the <c>aud</c> of inbound tokens and the MSAL client id.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret for outbound tokens; no token is fetched without it.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Single-tenant bots name their tenant; multi-tenant bots use <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = PublicOpenIdMetadataUrl;

    /// <summary>Pastes at least this long get a typing indicator before the card.</summary>
    [Range(0, int.MaxValue)]
    public int TypingThresholdChars { get; set; } = 2_000;

    /// <summary>How many replies may wait for the connector before new ones are dropped.</summary>
    [Range(1, 10_000)]
    public int ReplyBacklogCapacity { get; set; } = 256;

    /// <summary>
    /// How many replies are worked on at once. Part of a reply is waiting (the store, the Connector), so this is
    /// above the core count; with 4, replies queued behind each other's round trips. More than needed to cover the
    /// waits only adds contention: on 2 cores at 64 connections, 8 gave 1.5–1.8 ms of CPU per turn and 32 gave
    /// 1.9–2.0 ms (bench/README.md "Load"). Raise it when the Connector is far away (each reply waits longer).
    /// </summary>
    [Range(1, 1_024)]
    public int ReplyParallelism { get; set; } = 8;

    public bool AuthEnabled => !string.IsNullOrWhiteSpace(AppId);
}
