using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>Renders an <see cref="Answer"/> as an Adaptive Card 1.5 (the attachment <c>content</c>).</summary>
public static class AdaptiveCardRenderer
{
    public const string CardVersion = "1.5";

    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Cards stay under this many UTF-8 bytes (with default JSON escaping), below the 28 KB card limit.</summary>
    public const int MaxCardBytes = 24 * 1024;

    public static JsonObject Render(Answer answer) =>
        JsonSerializer.SerializeToNode(Fit(answer).Card, AdaptiveJsonContext.Default.AdaptiveCard)!.AsObject();

    /// <summary>The card as compact UTF-8 JSON, as it goes on the wire: serialized once (the size check's bytes are the card).</summary>
    public static byte[] RenderUtf8(Answer answer) => Fit(answer).Utf8;

    /// <summary>Builds the card, shrinking the answer until the card is within <see cref="MaxCardBytes"/>.</summary>
    private static (AdaptiveCard Card, byte[] Utf8) Fit(Answer answer)
    {
        var card = Build(answer);
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveJsonContext.Default.AdaptiveCard);
        while (utf8.Length > MaxCardBytes && AnswerShrinker.Shrink(answer) is { } smaller)
        {
            answer = smaller;
            card = Build(answer);
            utf8 = JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveJsonContext.Default.AdaptiveCard);
        }

        return (card, utf8);
    }

    internal static AdaptiveCard Build(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var body = new List<CardElement>();
        if (answer.Kind != AnswerKind.Code)
        {
            body.Add(Heading(answer.Title));
            body.Add(Para(answer.Summary) with { Spacing = Spacing.Small });
        }

        body.AddRange(Notices(answer.Notices));
        body.AddRange(answer.Codes.SelectMany((c, i) => AdaptiveCodeParts.Code(c, i == 0)));
        body.AddRange(AdaptiveBounceParts.Recipients(answer));
        body.AddRange(Steps(answer.Steps));
        body.AddRange(AdaptiveCheckParts.Checks(answer.Checks));
        body.AddRange(answer.Lines.Select(Bullet));
        if (answer.Checklist is { } checklist)
        {
            body.AddRange(AdaptiveChecklistParts.Checklist(checklist, answer.Kind != AnswerKind.Checklist));
        }

        IReadOnlyList<AdaptiveAction>? actions = null;
        if (answer.Triage is { } triage)
        {
            body.AddRange(AdaptiveTriageParts.State(triage));
            body.Add(AdaptiveTriageParts.NoteInput());
            actions = AdaptiveTriageParts.Buttons(triage);
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            FallbackText = Safe(answer.Summary),
            MsTeams = new MsTeamsOptions("Full"),
        };
    }
}
