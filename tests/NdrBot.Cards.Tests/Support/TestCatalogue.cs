using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Tests.Support;

/// <summary>
/// A small catalogue with realistic texts, vendor notes, links and the Telstra checklist, so card tests do not
/// depend on what the shipped catalogue holds today.
/// </summary>
internal static class TestCatalogue
{
    public static CodeCatalogue Catalogue { get; } = Load();

    public static Explainer Explainer { get; } = new(Catalogue, new CodeRecognizer(Catalogue.Checklists));

    public static Explanation Explain(string text) => Explainer.Explain(text);

    private static CodeCatalogue Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "test-catalogue.json"));
        var result = CodeCatalogue.Load(stream);
        return result.Catalogue ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
