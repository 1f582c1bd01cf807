using System.Text.Json.Nodes;

namespace NdrBot.Cards.Tests.Support;

/// <summary>The validator itself must reject broken cards, or every schema test would pass vacuously.</summary>
public sealed class AdaptiveSchemaTests
{
    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"Huge"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Txtblock","text":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"x","bogus":1}]}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"x"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","unknownRootProperty":true}""")]
    public void Validate_BrokenCard_ReportsErrors(string json)
    {
        var errors = AdaptiveSchema.Validate(JsonNode.Parse(json)!.AsObject());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_MinimalCardWithMsTeams_Valid()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x"}],"msteams":{"width":"Full"}}""")!.AsObject();

        Assert.Empty(AdaptiveSchema.Validate(card));
    }
}
