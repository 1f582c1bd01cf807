using NdrBot.Cards.Model;

namespace NdrBot.Cards;

/// <summary>
/// The one channel-neutral pipeline: Teams, Slack and the web chat translate their wire format into a
/// <see cref="Question"/> or a <see cref="CardAction"/>, call this, and render what comes back.
/// </summary>
public interface IAnswerer
{
    /// <summary>Answers text someone typed or pasted (a code, a question, a whole bounce, or help).</summary>
    ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default);

    /// <summary>Carries out a card button (claim, note, resolve…) and says what happened.</summary>
    ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the pipeline where a case's card was posted (after the channel sent it), so later actions can update
    /// that card in place. Channels call it for every answer that has a <see cref="Answer.Triage"/> section.
    /// </summary>
    ValueTask CardPostedAsync(string caseId, CardLocation location, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <summary>
    /// The card of case <paramref name="caseId"/> as it is now (for a card update sent late); null when there is no
    /// such case or the pipeline keeps no cases.
    /// </summary>
    ValueTask<Answer?> CaseCardAsync(string caseId, CancellationToken cancellationToken = default) => ValueTask.FromResult<Answer?>(null);

    /// <summary>The welcome shown when the bot is installed in a personal chat.</summary>
    Answer Welcome();
}
