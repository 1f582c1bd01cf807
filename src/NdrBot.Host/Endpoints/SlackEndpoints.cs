using System.Text;
using NdrBot.Host.Http;
using NdrBot.Host.Slack;
using NdrBot.Slack.Commands;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Signing;

namespace NdrBot.Host.Endpoints;

/// <summary>
/// Slack's HTTP endpoints (Events API, slash commands, interactivity). Order matters: the body is read raw and
/// bounded (413), the signature is checked over those exact bytes (401, no detail), the content type must be
/// Slack's (415), and only then is anything parsed. The answer itself is queued, so the HTTP ack returns at once,
/// well inside Slack's 3 seconds.
/// </summary>
internal static class SlackEndpoints
{
    public const string EventsRoute = "/slack/events";

    public const string CommandsRoute = "/slack/commands";

    public const string InteractionsRoute = "/slack/interactions";

    /// <summary>
    /// Maps the routes only in HTTP mode (a signing secret is configured). With no Slack setting they do not exist
    /// (404); a Slack configured without a secret never gets here, because its options fail validation at start.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var options = configuration.GetSection(SlackOptions.SectionName).Get<SlackOptions>() ?? new SlackOptions();
        if (!options.HttpMode)
        {
            return app;
        }

        app.MapPost(EventsRoute, PostEventAsync).WithName("SlackEvents");
        app.MapPost(CommandsRoute, PostCommandAsync).WithName("SlackCommands");
        app.MapPost(InteractionsRoute, PostInteractionAsync).WithName("SlackInteractions");
        return app;
    }

    public static Task<IResult> PostEventAsync(HttpContext http, SlackSignatureVerifier verifier, SlackRequestHandler handler, ILogger<SlackRequest> logger) =>
        HandleAsync(http, verifier, logger, MediaTypes.IsJson, (body, ct) => handler.HandleEventAsync(body, ct));

    public static Task<IResult> PostCommandAsync(HttpContext http, SlackSignatureVerifier verifier, SlackRequestHandler handler, ILogger<SlackRequest> logger) =>
        HandleAsync(http, verifier, logger, MediaTypes.IsForm, (body, ct) => handler.HandleCommandAsync(body, ct), allowSslCheck: true);

    public static Task<IResult> PostInteractionAsync(HttpContext http, SlackSignatureVerifier verifier, SlackRequestHandler handler, ILogger<SlackRequest> logger) =>
        HandleAsync(http, verifier, logger, MediaTypes.IsForm, (body, ct) => handler.HandleInteractionAsync(body, ct));

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        SlackSignatureVerifier verifier,
        ILogger logger,
        Func<HttpRequest, bool> accepts,
        Func<string, CancellationToken, Task<SlackAck>> handle,
        bool allowSslCheck = false)
    {
        var cancellationToken = http.RequestAborted;
        if (await BoundedBody.ReadAsync(http.Request, BoundedBody.MaxBytes, cancellationToken) is not { } raw)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = http.Request.Headers;
        var verdict = verifier.Verify(headers[SlackSignatureHeaders.Timestamp], headers[SlackSignatureHeaders.Signature], raw);
        if (verdict != SignatureVerdict.Valid)
        {
            // Note: Slack's certificate check posts ssl_check=1 to the command URL unsigned; it wants a 200 and
            // nothing else (bolt-js, docs.slack.dev). Nothing in it is processed.
            if (allowSslCheck && verdict == SignatureVerdict.Missing && SslCheck.IsSslCheck(raw))
            {
                return TypedResults.Ok();
            }

            SlackHostLog.Rejected(logger, http.Request.Path, verdict);
            return TypedResults.Unauthorized();
        }

        // Note: after the signature, so an unsigned caller learns nothing; Slack posts events as JSON and
        // commands and interactions as forms, so any other type is not Slack's.
        if (!accepts(http.Request))
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var ack = await handle(Encoding.UTF8.GetString(raw), cancellationToken);
        return ack switch
        {
            { Challenge: { } challenge } => TypedResults.Text(challenge, "text/plain"),
            { EphemeralText: { } text } => TypedResults.Json(new EphemeralAck("ephemeral", text)),
            _ => TypedResults.Ok(),
        };
    }
}
