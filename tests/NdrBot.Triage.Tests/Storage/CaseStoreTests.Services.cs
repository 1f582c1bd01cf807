using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task AddNdrBotTriage_FromConfiguration_StartsMigratedAndHealthy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Db.Configuration).Build();
        await using var services = new ServiceCollection().AddSingleton<TimeProvider>(Time).AddNdrBotTriage(configuration).BuildServiceProvider();

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(await services.GetRequiredService<IStoreHealth>().CanConnectAsync());
        var store = services.GetRequiredService<ICaseStore>();
        var opened = await store.OpenOrAttachAsync(Bounce());
        Assert.Equal(opened.Case, await Store.GetAsync(opened.Case.Id), CaseComparer.Instance);
        Assert.Same(store, services.GetRequiredService<IOutboxStore>());
    }
}
