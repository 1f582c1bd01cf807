using Microsoft.AspNetCore.Diagnostics;

namespace NdrBot.Host.Http;

/// <summary>
/// A body Kestrel refused while it was read (over the size limit: 413; arriving too slowly: 408; bad framing: 400)
/// is the client's doing: it gets that status and one warning, not an error with a stack trace. Note: since .NET 10
/// the exception handler middleware records nothing more for an exception a handler took.
/// </summary>
internal sealed class RefusedBodyHandler(ILogger<RefusedBodyHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException refused || httpContext.Response.HasStarted)
        {
            return ValueTask.FromResult(false);
        }

        RequestLimitsLog.BodyRefused(logger, httpContext.Request.Path, refused.StatusCode, refused.Message);
        httpContext.Response.StatusCode = refused.StatusCode;
        return ValueTask.FromResult(true);
    }
}
