using Microsoft.Extensions.Hosting;

namespace NdrBot.Triage.Storage;

/// <summary>Creates and migrates the database when the host starts, so a broken database stops the start.</summary>
internal sealed class TriageStartup(TriageDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
