namespace NdrBot.Cli.Commands;

public enum OutputFormat
{
    Text,
    Json,

    /// <summary>The Adaptive Card object itself (<c>{"type":"AdaptiveCard",…}</c>).</summary>
    Adaptive,

    /// <summary>A Slack chat.postMessage body (<c>{"text":"…","blocks":[…]}</c>).</summary>
    Slack,
}
