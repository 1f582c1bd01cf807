using NdrBot.Host.Health;

namespace NdrBot.Host.Endpoints;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: every <see cref="IReadinessCheck"/> passes.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Alive).WithName("Alive");
        app.MapGet("/readyz", ReadyAsync).WithName("Ready");
        return app;
    }

    public static IResult Alive() => TypedResults.Ok(new { status = "alive" });

    public static async Task<IResult> ReadyAsync(IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, bool>();
        foreach (var check in checks)
        {
            results[check.Name] = await IsReadyAsync(check, cancellationToken);
        }

        var ready = results.Values.All(r => r);
        return TypedResults.Json(new { status = ready ? "ready" : "not ready", checks = results }, statusCode: ready ? 200 : 503);
    }

    private static async Task<bool> IsReadyAsync(IReadinessCheck check, CancellationToken cancellationToken)
    {
        try
        {
            return await check.IsReadyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }
}
