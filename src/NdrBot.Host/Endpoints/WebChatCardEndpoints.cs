using Microsoft.Extensions.Options;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Host.Cases;
using NdrBot.Host.WebChat;
using NdrBot.Teams.Auth;

namespace NdrBot.Host.Endpoints;

/// <summary>
/// <c>GET /api/webchat/cards/{caseId}</c>: the web chat's case card as it is now. The page cannot be sent a card
/// update, so while an answer says its live checks are running (<see cref="WebChatReply.Refresh"/>) it asks here
/// for a short while and puts the new card in place. Only the web chat's own cases are found, for loopback callers
/// unless <c>WebChat:AllowRemote</c>; another conversation's case is 404 like a missing one.
/// </summary>
internal static class WebChatCardEndpoints
{
    public const string Route = "/api/webchat/cards";

    public static IEndpointRouteBuilder MapWebChatCards(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route + "/{caseId}", GetAsync).WithName("WebChatCaseCard");
        return app;
    }

    /// <summary>Where the page asks for the card of case <paramref name="caseId"/>.</summary>
    public static string For(string caseId) => Route + "/" + Uri.EscapeDataString(caseId);

    public static async Task<IResult> GetAsync(
        string caseId, HttpContext http, CaseFinder finder, CaseCards cards, IOptions<WebChatOptions> options, CancellationToken cancellationToken)
    {
        if (!options.Value.AllowRemote && !TeamsRequestGate.IsLoopback(http.Connection.RemoteIpAddress))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        var asker = WebChatAsker.Create();
        if (await finder.FindAsync(caseId, asker, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var answer = await cards.CardAsync(found, asker, cancellationToken);
        return TypedResults.Ok(new WebChatCard(AdaptiveCardRenderer.Render(answer), answer.Checks?.Pending == true));
    }
}
