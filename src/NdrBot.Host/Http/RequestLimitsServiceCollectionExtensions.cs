using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace NdrBot.Host.Http;

internal static class RequestLimitsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="RequestLimitsOptions"/> applied: Kestrel's minimum body data rate, the bot routes' request-timeout
    /// policy (answered 408), and a handler that answers a refused body (too big, too slow) with one warning.
    /// </summary>
    public static IServiceCollection AddNdrBotRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) =>
            kestrel.Limits.MinRequestBodyDataRate = limits.Value.MinRequestBodyBytesPerSecond > 0
                ? new MinDataRate(limits.Value.MinRequestBodyBytesPerSecond, limits.Value.MinRequestBodyGracePeriod)
                : null);
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitsOptions>>((timeouts, limits) =>
            timeouts.AddPolicy(RequestLimitsOptions.BotRoutesPolicy, new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
                WriteTimeoutResponse = context => LogTimedOut(context, limits.Value.RequestTimeout),
            }));

        // Note: the middleware logs each timeout as a warning carrying the cancellation's stack trace; ours says the same in one line.
        services.Configure<LoggerFilterOptions>(filters => filters.AddFilter(TimeoutsMiddlewareCategory, LogLevel.Error));
        services.AddExceptionHandler<RefusedBodyHandler>();
        return services;
    }

    private const string TimeoutsMiddlewareCategory = "Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutsMiddleware";

    private static Task LogTimedOut(HttpContext context, TimeSpan timeout)
    {
        var logger = context.RequestServices.GetRequiredService<ILogger<RequestLimitsOptions>>();
        RequestLimitsLog.TimedOut(logger, context.Request.Path, context.Response.StatusCode, timeout);
        return Task.CompletedTask;
    }
}
