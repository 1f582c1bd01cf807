using System.Text.Json;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.AdaptiveCards;

public sealed class AdaptiveCardRendererTests
{
    public static TheoryData<string> Names() => [.. Samples.All().Select(s => s.Name)];

    [Fact]
    public void Render_HostileText_OnlyInPlainTextRunsAndMentionsBroken()
    {
        var card = AdaptiveCardRenderer.Render(Samples.Hostile());

        var markdownTexts = JsonWalk.Objects(card)
            .Where(o => (string?)o["type"] is "TextBlock" or "FactSet" or "Input.Toggle")
            .SelectMany(JsonWalk.Strings);
        Assert.DoesNotContain(markdownTexts, s => s.Contains("evil", StringComparison.Ordinal));
        Assert.Contains(JsonWalk.Objects(card), o => (string?)o["type"] == "TextRun" && ((string?)o["text"])!.Contains("[click](https://evil.example)", StringComparison.Ordinal));
        Assert.DoesNotContain(JsonWalk.Strings(card), s => s.Contains("<at", StringComparison.OrdinalIgnoreCase));
        Assert.Null(card["msteams"]?["entities"]);
    }

    [Fact]
    public void Render_HostileText_CardJsonStaysOneWellFormedCard()
    {
        var json = AdaptiveCardRenderer.Render(Samples.Hostile()).ToJsonString();

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("AdaptiveCard", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(4, doc.RootElement.GetProperty("actions").GetArrayLength()); // Take over, Release, Add note, Resolve
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EverySubmitButton_DataParsesBackToTheCardsCase(string name)
    {
        var answer = Samples.All().Single(s => s.Name == name).Answer;
        var card = AdaptiveCardRenderer.Render(answer);

        var submits = JsonWalk.Objects(card).Where(o => (string?)o["type"] == "Action.Submit").ToList();

        foreach (var submit in submits)
        {
            using var doc = JsonDocument.Parse(submit["data"]!.ToJsonString());
            Assert.True(CardAction.TryParse(doc.RootElement, out var action), submit.ToJsonString());
            Assert.Equal(answer.Triage?.CaseId ?? answer.Checklist?.CaseId, action.CaseId);
            Assert.Equal(action.Verb.Label(), (string?)submit["title"]);
        }

        Assert.Equal((answer.Triage?.Verbs.Count ?? 0) + (answer.Checklist is { Items.Count: > 0 } ? 1 : 0), submits.Count);
    }

    [Fact]
    public void Render_CodeCard_MeaningAndFirstStepNearTheTop()
    {
        var texts = JsonWalk.Objects(AdaptiveCardRenderer.Render(Samples.Code())["body"])
            .Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!).ToList();

        // Note: code and title (2 runs), the code's class (1), the delivery line and its basis (2), then the meaning.
        Assert.True(texts.FindIndex(t => t.StartsWith("The recipient's address", StringComparison.Ordinal)) < 7);
        Assert.True(texts.FindIndex(t => t.StartsWith("Sender: Check the address", StringComparison.Ordinal)) < 10);
    }

    [Fact]
    public void Render_Card_Version15WithTeamsFullWidthAndFallbackText()
    {
        var card = AdaptiveCardRenderer.Render(Samples.Bounce());

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
        Assert.StartsWith("Delivery failed", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CaseState_ShowsOwnerStatusNotesAndHistory()
    {
        var runs = string.Join(" ", JsonWalk.Objects(AdaptiveCardRenderer.Render(Samples.WithCase()))
            .Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!));

        Assert.Contains("Claimed", runs, StringComparison.Ordinal);
        Assert.Contains("Alice Nguyen", runs, StringComparison.Ordinal);
        Assert.Contains("5 events", runs, StringComparison.Ordinal);
        Assert.Contains("Typo in the address", runs, StringComparison.Ordinal);
    }
}
