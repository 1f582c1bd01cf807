using System.Text.Json;
using Microsoft.Extensions.Options;
using NdrBot.Cards;
using NdrBot.Cards.Model;
using NdrBot.Host.Http;
using NdrBot.Host.WebChat;
using NdrBot.Teams.Auth;

namespace NdrBot.Host.Endpoints;

/// <summary>
/// The local web chat's own small JSON endpoint. It goes through the same <see cref="IAnswerer"/> and card
/// renderer as Teams, and answers loopback callers only unless <c>WebChat:AllowRemote</c> is set.
/// </summary>
internal static class WebChatEndpoints
{
    public const string Route = "/api/webchat";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, PostAsync).WithName("WebChatMessage");
        app.MapWebChatCards();
        return app;
    }

    public static async Task<IResult> PostAsync(HttpContext http, IAnswerer answerer, IOptions<WebChatOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.AllowRemote && !TeamsRequestGate.IsLoopback(http.Connection.RemoteIpAddress))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!MediaTypes.IsJson(http.Request))
        {
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (await BoundedBody.ReadAsync(http.Request, BoundedBody.MaxBytes, cancellationToken) is not { } body)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Note: the page always sends typed text or a button's data object; anything else is not a chat request.
        if (Parse(body) is not { } request || (request.Text is null && request.Value is not { ValueKind: JsonValueKind.Object }))
        {
            return TypedResults.BadRequest();
        }

        var asker = WebChatAsker.Create();
        if (request.Value is { ValueKind: JsonValueKind.Object } value)
        {
            if (!CardAction.TryParse(value, out var action))
            {
                return TypedResults.Ok(new WebChatReply("That button is not one of NdrBot's.", null));
            }

            var reply = await answerer.ActAsync(action, asker, cancellationToken);
            return TypedResults.Ok(WebChatReply.Of(reply.Message, reply.UpdatedAnswer));
        }

        var answer = await answerer.AnswerAsync(new Question(request.Text ?? "", asker), cancellationToken);
        return TypedResults.Ok(WebChatReply.Of(null, answer));
    }

    private static WebChatRequest? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<WebChatRequest>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
