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
    /// Traces and metrics: ASP.NET Core requests, outbound HttpClient calls (the Connector), and NdrBot's meters.
    /// They go nowhere unless an OTLP endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
    /// </summary>
    public static IServiceCollection AddNdrBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(AnswerMetrics.MeterName, TeamsMetrics.MeterName));

        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            builder.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, uri);
        }

        return services;
    }
}
