using System.Text.Json;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.E2E.Tests;

/// <summary>
/// Renders a representative set of NdrBot cards with the official adaptivecards renderer in headless Chromium:
/// no parse or validation event is allowed, every card gets a PNG in tests/e2e/artifacts, and what each button
/// really submitted (after typing a note and ticking a step) parses back into the expected <see cref="CardAction"/>.
/// </summary>
public sealed class CardRenderingTests : IDisposable
{
    /// <summary>What render-cards.mjs types into the note field.</summary>
    private const string TypedNote = "typed in e2e: <at>Boss</at> [x](https://evil.example)";

    private readonly string _cardsDir = Directory.CreateTempSubdirectory("ndrbot-cards-").FullName;

    public void Dispose() => Directory.Delete(_cardsDir, recursive: true);

    [Fact]
    public void Render_RepresentativeCards_NoRendererEventsScreenshotsAndActionsRoundTrip()
    {
        var cards = Cards().ToList();
        foreach (var (name, answer) in cards)
        {
            File.WriteAllText(Path.Combine(_cardsDir, name + ".json"), AdaptiveCardRenderer.Render(answer).ToJsonString());
        }

        var (exit, report, errors) = RendererHarness.Render(_cardsDir);

        Assert.True(exit == 0, $"render-cards.mjs exited {exit}\n{report}\n{errors}");
        foreach (var (name, answer) in cards)
        {
            var png = new FileInfo(Path.Combine(RendererHarness.Artifacts, name + ".png"));
            Assert.True(png.Exists && png.Length > 1000, $"no screenshot for {name}");
            AssertActionsRoundTrip(name, answer);
        }
    }

    private static IEnumerable<(string Name, Answer Answer)> Cards()
    {
        foreach (var sample in Samples.All())
        {
            yield return sample;
        }

        // Note: a public sample through the shipped catalogue and explainer, as the host will call them.
        var eml = TestData.PathOf("bounces", "maildir", "bsd", "lhost-postfix-06.eml");
        yield return ("public-postfix-01", AnswerBuilder.FromExplanation(new Explainer().Explain(File.ReadAllText(eml))));
    }

    private static void AssertActionsRoundTrip(string name, Answer answer)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RendererHarness.Artifacts, name + ".actions.json")));
        var sent = doc.RootElement.EnumerateArray().Select(e => Parse(name, e.GetProperty("data"))).ToList();
        var expected = (answer.Triage?.Verbs ?? []).Concat(answer.Checklist is { Items.Count: > 0 } ? [CardVerb.Checklist] : []);
        Assert.Equal(expected.Order(), sent.Select(a => a.Verb).Order());
        foreach (var action in sent)
        {
            Assert.Equal(answer.Triage?.CaseId ?? answer.Checklist!.CaseId, action.CaseId);
            Assert.Equal(action.Verb == CardVerb.Note ? TypedNote : null, action.Note);
            Assert.Equal(action.Verb == CardVerb.Checklist ? [answer.Checklist!.Items[0].Id] : [], action.Steps);
        }
    }

    private static CardAction Parse(string name, JsonElement data) =>
        CardAction.TryParse(data, out var action) ? action : throw new Xunit.Sdk.XunitException($"{name}: submitted data does not parse: {data}");
}
