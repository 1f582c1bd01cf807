using NdrBot.Cards.Model;

namespace NdrBot.Host.Answering;

/// <summary>Until triage storage is wired in: says what was asked for, changes nothing, keeps the card.</summary>
internal sealed class AcknowledgingCardActionHandler : ICardActionHandler
{
    public ValueTask<ActionReply> HandleAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(asker);
        var who = string.IsNullOrWhiteSpace(asker.UserName) ? "You" : asker.UserName;
        var message = action.Note is { } note
            ? $"{who} asked to add a note to case {action.CaseId} ({note.Length} characters). Case tracking is not switched on yet, so nothing was saved."
            : $"{who} asked to {action.Verb.Label().ToLowerInvariant()} case {action.CaseId}. Case tracking is not switched on yet, so nothing was saved.";
        return ValueTask.FromResult(new ActionReply(message));
    }
}
