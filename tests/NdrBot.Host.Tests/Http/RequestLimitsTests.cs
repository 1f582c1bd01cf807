using System.Text;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NdrBot.Host.Http;
using NdrBot.Host.Tests.Abuse;
using NdrBot.Host.Tests.Drills;
using NdrBot.Host.Tests.Slack;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Http;

/// <summary>
/// Issue 14: a body that trickles or stalls does not hold a request: Kestrel's minimum data rate and the bot routes'
/// request timeout answer 408; a refused body (too slow, too big) is one warning, never an error with a stack trace.
/// Real sockets (Kestrel on a loopback port); no test measures how long anything took.
/// </summary>
public sealed class RequestLimitsTests
{
    [Fact]
    public void BotRoutes_HaveTheRequestTimeoutPolicy_AndHealthChecksDoNot()
    {
        using var slack = new SlackWebApiFake();
        using var app = new DrillApp(new Dictionary<string, string?>(SlackHostApp.Settings(slack)));

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .ToDictionary(e => e.RoutePattern.RawText + " " + e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, e => e.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName);

        foreach (var name in new[] { "TeamsActivity", "WebChatMessage", "SlackEvents", "SlackCommands", "SlackInteractions" })
        {
            var policy = Assert.Single(endpoints, e => e.Key.EndsWith(" " + name, StringComparison.Ordinal)).Value;
            Assert.Equal(RequestLimitsOptions.BotRoutesPolicy, policy);
        }

        Assert.Null(Assert.Single(endpoints, e => e.Key.StartsWith("/readyz ", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Defaults_AreThirtySecondsAndOneKiBPerSecondAfterFiveSeconds()
    {
        var defaults = new RequestLimitsOptions();

        Assert.Equal((TimeSpan.FromSeconds(30), 1_024, TimeSpan.FromSeconds(5)), (defaults.RequestTimeout, defaults.MinRequestBodyBytesPerSecond, defaults.MinRequestBodyGracePeriod));
    }

    [Fact]
    public async Task Post_BodyStallsBelowTheMinimumDataRate_Is408_AndOneWarning()
    {
        using var app = KestrelApp(new() { ["Limits:MinRequestBodyBytesPerSecond"] = "1000", ["Limits:MinRequestBodyGracePeriod"] = "00:00:02", ["Limits:RequestTimeout"] = "00:05:00" });

        var status = await StalledBodyAsync(app);

        Assert.Equal(408, status);
        AssertOneWarningAndNoError(app, "/api/messages answered 408: the request body was refused");
    }

    [Fact]
    public async Task Post_BodyStallsPastTheRequestTimeout_Is408()
    {
        using var app = KestrelApp(new() { ["Limits:MinRequestBodyBytesPerSecond"] = "0", ["Limits:RequestTimeout"] = "00:00:01" });

        var status = await StalledBodyAsync(app);

        Assert.Equal(408, status);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
        var warning = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("/api/messages answered", StringComparison.Ordinal));
        Assert.Equal("/api/messages answered 408: the request took longer than 00:00:01", warning.Message);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Is413_AndOneWarning()
    {
        using var app = KestrelApp([]);
        var server = Start(app);
        var body = RawHttp.Chunks(Encoding.UTF8.GetBytes(new string('x', 300 * 1024)));

        var status = await RawHttp.SendAsync(server, RawHttp.Head(server, "/api/messages", "application/json", "Transfer-Encoding: chunked\r\n"), body, closeAfterSending: false);

        Assert.Equal(413, status);
        AssertOneWarningAndNoError(app, "/api/messages answered 413: the request body was refused");
    }

    private static DrillApp KestrelApp(Dictionary<string, string?> settings)
    {
        var app = new DrillApp(settings);
        app.UseKestrel(0);
        return app;
    }

    private static Uri Start(DrillApp app)
    {
        using var client = app.CreateClient();
        return client.BaseAddress!;
    }

    /// <summary>Announces 5,000 bytes, sends 10, and waits for the answer without closing.</summary>
    private static async Task<int> StalledBodyAsync(DrillApp app)
    {
        var server = Start(app);
        return await RawHttp.SendAsync(server, RawHttp.Head(server, "/api/messages", "application/json", "Content-Length: 5000\r\n"), "{\"type\":\"m"u8.ToArray(), closeAfterSending: false);
    }

    private static void AssertOneWarningAndNoError(DrillApp app, string expected)
    {
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
        var warning = Assert.Single(app.Logs.Entries, e => e.Message.Contains("request body was refused", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Null(warning.Exception);
        Assert.StartsWith(expected, warning.Message, StringComparison.Ordinal);
    }
}
