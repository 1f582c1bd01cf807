using Microsoft.Extensions.Options;

namespace NdrBot.Slack.Configuration;

/// <summary>
/// Refuses to start a half-configured Slack: once any Slack setting is present, a bot token is required, and
/// without an app token (HTTP mode) a signing secret is required, so verification is never silently skipped.
/// </summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is required when Slack is configured (an xoxb- bot token).");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with xoxb-.");
        }

        if (!options.SocketMode && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required for the Slack HTTP endpoints; Slack requests are never accepted unverified. Set it, or set Slack:AppToken for Socket Mode.");
        }

        if (options.SocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with xapp-.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.QueueCapacity is < 1 or > 100_000 || options.DedupeCapacity is < 1 or > 10_000_000 || options.DedupeWindow <= TimeSpan.Zero)
        {
            failures.Add("Slack:QueueCapacity, Slack:DedupeCapacity and Slack:DedupeWindow must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
