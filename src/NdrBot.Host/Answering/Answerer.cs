using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;
using NdrBot.Host.Cases;
using NdrBot.Host.Checks;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Answering;

/// <summary>
/// The channel-neutral pipeline: text → case commands, or recognizer and bounce analysis (<see cref="Explainer"/>)
/// → a case opened or attached in the conversation → <see cref="Answer"/>. Every adapter (Teams, web chat, Slack)
/// calls this, so all channels answer alike.
/// </summary>
internal sealed class Answerer(
    Explainer explainer,
    CaseOpener cases,
    CaseCommands commands,
    ICardActionHandler actions,
    ICardReferenceStore references,
    ICaseStore store,
    CaseCards cards,
    AnswerChecks checks,
    AnswerMetrics metrics)
    : IAnswerer
{
    private static readonly string[] HelpWords = ["help", "/help", "?", "hi", "hello"];

    public async ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Text.Trim();
        var answer = text.Length == 0 || HelpWords.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? AnswerBuilder.Help()
            : await commands.TryAnswerAsync(text, question.Asker, cancellationToken)
                ?? await ExplainAsync(text, question.Asker, cancellationToken);
        metrics.Answered(question.Asker.Channel, answer);
        return answer;
    }

    /// <summary>A code or bounce answered with its case; live checks, when it needs them, follow as a card update.</summary>
    private async Task<Answer> ExplainAsync(string text, Asker asker, CancellationToken cancellationToken)
    {
        var explanation = explainer.Explain(text);
        return checks.Start(await cases.AnswerWithCaseAsync(explanation, asker, cancellationToken), explanation, text, asker.Channel);
    }

    public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default) =>
        actions.HandleAsync(action, asker, cancellationToken);

    public async ValueTask CardPostedAsync(string caseId, CardLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        // Note: the web chat's cards are never updated in place; its page shows each reply as it comes.
        if (location.Channel != ChatChannel.WebChat && CardAction.IsValidId(caseId))
        {
            await references.SaveCardReferenceAsync(
                new CardReference(caseId, location.Channel.Name(), location.ConversationId, location.ServiceUrl, location.MessageId), cancellationToken);
            checks.CardPosted(caseId, location);
        }
    }

    public async ValueTask<Answer?> CaseCardAsync(string caseId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(caseId, cancellationToken) is { } c ? await cards.CardAsync(c, null, cancellationToken) : null;

    public Answer Welcome() => AnswerBuilder.Help();
}
