namespace NdrBot.Slack.Configuration;

/// <summary>
/// The <c>Slack</c> configuration section (environment: <c>Slack__SigningSecret</c> etc.). Slack is off while no
/// setting is present; see <see cref="SlackOptionsValidator"/> for what is required once it is on.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Verifies HTTP requests from Slack (HMAC-SHA256). Required for HTTP mode.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) for chat.* calls.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (<c>xapp-…</c>); when set NdrBot connects through Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Slack's Web API; tests and local runs point it at a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Work items waiting for the background worker; a full queue answers "busy, try again".</summary>
    public int QueueCapacity { get; set; } = 100;

    /// <summary>How long an <c>event_id</c> is remembered (Slack retries within minutes; one hour is generous).</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most this many event ids are remembered in memory; the oldest go first.</summary>
    public int DedupeCapacity { get; set; } = 10_000;

    /// <summary>True when any Slack credential is configured.</summary>
    public bool Enabled =>
        !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>Socket Mode replaces the HTTP endpoints when an app-level token is configured.</summary>
    public bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>HTTP endpoints are served when Slack is on; they always verify signatures.</summary>
    public bool HttpMode => Enabled && !string.IsNullOrWhiteSpace(SigningSecret);
}
