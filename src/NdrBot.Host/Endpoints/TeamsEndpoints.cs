using NdrBot.Host.Http;
using NdrBot.Teams;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Auth;
using NdrBot.Teams.Connector;

namespace NdrBot.Host.Endpoints;

/// <summary>
/// The Bot Framework messaging endpoint. Order matters: the token is checked before the body is read, the body is
/// bounded and JSON (415 otherwise), then the activity must match the token (endorsement, serviceurl) before
/// anything is processed. While the signing keys cannot be had no token can be checked: 503 with Retry-After.
/// </summary>
internal static class TeamsEndpoints
{
    public const string Route = "/api/messages";

    /// <summary>When the signing keys cannot be had, the Connector is asked to send the activity again after this long.</summary>
    public const int KeysRetryAfterSeconds = 30;

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, PostActivityAsync).WithName("TeamsActivity");

        // Note: the Agents Playground probes the endpoint with HEAD before connecting (real-clients.md §1.3).
        app.MapMethods(Route, [HttpMethods.Head], Probe).WithName("TeamsProbe");
        return app;
    }

    public static IResult Probe() => TypedResults.Ok();

    public static async Task<IResult> PostActivityAsync(HttpContext http, TeamsRequestGate gate, TeamsAdapter adapter, CancellationToken cancellationToken)
    {
        var check = await gate.AuthenticateAsync(http);
        if (check.KeysUnavailable)
        {
            http.Response.Headers.RetryAfter = KeysRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (check.Caller is not { } caller)
        {
            return TypedResults.Unauthorized();
        }

        if (!MediaTypes.IsJson(http.Request))
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (await BoundedBody.ReadAsync(http.Request, BoundedBody.MaxBytes, cancellationToken) is not { } body)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Note: channels always send type, serviceUrl and conversation (activity spec A2300); without the last two
        // there is nowhere to reply, and a missing serviceUrl would also skip the serviceurl-claim check. A serviceUrl
        // with a #fragment or ?query would swallow the Connector path appended to it.
        if (TeamsJson.TryParseActivity(body) is not { Type.Length: > 0, ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 } activity
            || !ServiceUrls.IsUsable(activity.ServiceUrl))
        {
            return TypedResults.BadRequest();
        }

        if (!gate.Authorize(caller, activity))
        {
            return TypedResults.Unauthorized();
        }

        var result = await adapter.ProcessAsync(activity, cancellationToken);
        return result.Body is { } invokeResponse
            ? TypedResults.Json(invokeResponse, statusCode: result.StatusCode)
            : TypedResults.StatusCode(result.StatusCode);
    }
}
