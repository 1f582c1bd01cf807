using NdrBot.Core.Checks;
using NdrBot.Host.Answering;
using NdrBot.Teams;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NdrBot.Host.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "ndrbot";

    /// <summary>
    /// Traces and metrics: ASP.NET Core requests, outbound HttpClient calls (the Connector), and NdrBot's meters,
    /// exported over OTLP when an endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
    /// </summary>
    /// <remarks>
    /// Without an endpoint nothing is registered: a tracer provider with nowhere to send still recorded an activity
    /// per request and per Connector call, and a meter listener aggregated every measurement, for nobody (a few
    /// percent of a turn's CPU under load, see bench/README.md "Load"). The meters themselves stay, so
    /// dotnet-counters and tests can still listen.
    /// </remarks>
    public static IServiceCollection AddNdrBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(AnswerMetrics.MeterName, TeamsMetrics.MeterName, DnsCheckMetrics.MeterName))
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, uri);
        return services;
    }
}
