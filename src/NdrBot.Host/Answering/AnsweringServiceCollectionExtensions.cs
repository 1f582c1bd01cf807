using NdrBot.Cards;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Host.Cases;

namespace NdrBot.Host.Answering;

internal static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddNdrBotAnswering(this IServiceCollection services)
    {
        services.AddSingleton(_ => CodeCatalogue.Default);
        services.AddSingleton(sp => new Explainer(sp.GetRequiredService<CodeCatalogue>()));
        services.AddSingleton<AnswerMetrics>();
        services.AddSingleton<CaseFindings>();
        services.AddSingleton<CaseCards>();
        services.AddSingleton<CaseFinder>();
        services.AddOptions<CaseLimitsOptions>().BindConfiguration(CaseLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaseCreationLimiter>();
        services.AddSingleton<CaseOpener>();
        services.AddSingleton<CaseCommands>();
        services.AddSingleton<ICardActionHandler, CaseActionHandler>();
        services.AddSingleton<IAnswerer, Answerer>();
        return services;
    }
}
