using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Host.Health;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_Always_Returns200()
    {
        using var app = NdrBotApp.DevMode();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_CatalogueLoaded_Returns200WithCatalogueCheck()
    {
        using var app = NdrBotApp.DevMode();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True((bool)body["checks"]!["catalogue"]!);
        Assert.True((bool)body["checks"]!["store"]!);
    }

    [Fact]
    public async Task Readyz_OneCheckFails_Returns503()
    {
        using var app = NdrBotApp.DevMode();
        using var client = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IReadinessCheck, FailingCheck>())).CreateClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private sealed class FailingCheck : IReadinessCheck
    {
        public string Name => "storage";

        public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");
    }
}
