using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace NdrBot.Host.Http;

/// <summary>
/// A request that needed the case store while it was down gets 503 with Retry-After, not a bare 500: nothing was
/// kept, and Teams and Slack may send it again. Other exceptions are left to the default 500.
/// </summary>
internal sealed partial class StoreUnavailableHandler(ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbException || httpContext.Response.HasStarted)
        {
            return false;
        }

        StoreDown(logger, exception.GetType().Name, exception.Message, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            title: "The case store is unavailable",
            detail: "Nothing was changed. Try again in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(3, LogLevel.Warning, "{Path} answered 503: the case store is unavailable ({ErrorType}: {Error})")]
    private static partial void StoreDown(ILogger logger, string errorType, string error, string path);
}
