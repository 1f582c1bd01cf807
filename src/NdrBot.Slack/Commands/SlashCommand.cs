namespace NdrBot.Slack.Commands;

/// <summary>A slash command invocation (form fields in HTTP mode, JSON in Socket Mode); only the fields NdrBot reads.</summary>
public sealed record SlashCommand
{
    public string? Command { get; init; }

    public string? Text { get; init; }

    public string? UserId { get; init; }

    public string? ChannelId { get; init; }

    public string? TeamId { get; init; }

    public string? ResponseUrl { get; init; }

    public string? TriggerId { get; init; }

    /// <summary>Slack's <c>ssl_check=1</c> probe: answered 200, nothing else.</summary>
    public bool SslCheck { get; init; }

    public static SlashCommand FromForm(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new SlashCommand
        {
            Command = form.GetValueOrDefault("command"),
            Text = form.GetValueOrDefault("text"),
            UserId = form.GetValueOrDefault("user_id"),
            ChannelId = form.GetValueOrDefault("channel_id"),
            TeamId = form.GetValueOrDefault("team_id"),
            ResponseUrl = form.GetValueOrDefault("response_url"),
            TriggerId = form.GetValueOrDefault("trigger_id"),
            SslCheck = form.GetValueOrDefault("ssl_check") == "1",
        };
    }
}
