using System.Diagnostics.Metrics;

namespace NdrBot.Teams;

/// <summary>Teams metrics (meter <c>NdrBot.Teams</c>): activities in, reply latency, Connector calls and failures.</summary>
public sealed class TeamsMetrics
{
    public const string MeterName = "NdrBot.Teams";

    private readonly Counter<long> _activities;
    private readonly Histogram<double> _replyLatency;
    private readonly Histogram<double> _connectorDuration;
    private readonly Counter<long> _outboundFailures;

    public TeamsMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _activities = meter.CreateCounter<long>("ndrbot.teams.activities", description: "Inbound activities by type and outcome");
        _replyLatency = meter.CreateHistogram<double>("ndrbot.teams.reply.latency", "s", "From receiving a message to the card being accepted by the Connector");
        _connectorDuration = meter.CreateHistogram<double>("ndrbot.teams.connector.duration", "s", "Successful Connector calls, retries included");
        _outboundFailures = meter.CreateCounter<long>("ndrbot.teams.outbound.failures", description: "Connector calls that failed after retries");
    }

    public void Activity(string? type, int status) =>
        _activities.Add(1, new("type", type ?? "none"), new("status", status));

    public void ReplyLatency(TimeSpan elapsed) => _replyLatency.Record(elapsed.TotalSeconds);

    public void ConnectorCall(string activityType, TimeSpan elapsed) => _connectorDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("type", activityType));

    public void OutboundFailure(string activityType, string reason) =>
        _outboundFailures.Add(1, new("type", activityType), new("reason", reason));
}
