using System.Collections.Concurrent;
using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;

namespace NdrBot.Host.Tests.Slack;

/// <summary>An <see cref="IAnswerer"/> double: records every card action and answers with <see cref="Reply"/>.</summary>
internal sealed class RecordingAnswerer(ActionReply reply) : IAnswerer
{
    public ActionReply Reply { get; } = reply;

    public ConcurrentQueue<(CardAction Action, Asker Asker)> Actions { get; } = new();

    public ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(AnswerBuilder.Help());

    public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
    {
        Actions.Enqueue((action, asker));
        return ValueTask.FromResult(Reply);
    }

    public Answer Welcome() => AnswerBuilder.Help();
}
