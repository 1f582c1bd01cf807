using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Teams.Invoke;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NdrBot.Teams.Auth;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;

namespace NdrBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams adapter: options from <c>Teams</c>, the Connector-token JwtBearer scheme, the Connector client, the
    /// reply queue and its worker. The host registers an <see cref="Cards.IAnswerer"/> and the client's resilience.
    /// </summary>
    public static IServiceCollection AddNdrBotTeams(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddAuthentication().AddJwtBearer(BotAuth.Scheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BotJwtBearerOptionsSetup>();
        services.AddSingleton<SigningKeyState>();

        // Note: after AddJwtBearer, so this runs after JwtBearer's own post-configuration has built the manager.
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, BotJwtBearerPostConfigure>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddHttpClient(MsalHttpClients.HttpClientName);
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ConnectorClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClient.HttpClientName)));
        services.AddSingleton<TeamsMetrics>();
        services.AddSingleton<TeamsRequestGate>();
        services.AddSingleton<ReplyBacklog>();
        services.AddSingleton<Responder>();
        services.TryAddSingleton(CodeCatalogue.Default);
        services.TryAddSingleton(sp => new Explainer(sp.GetRequiredService<CodeCatalogue>()));
        services.AddSingleton<CodeSearch>();
        services.AddSingleton<TeamsAdapter>();
        services.AddHostedService<ReplyWorker>();
        return services;
    }
}
