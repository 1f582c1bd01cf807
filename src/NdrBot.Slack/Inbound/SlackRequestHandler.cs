using System.Text.Json;
using Microsoft.Extensions.Logging;
using NdrBot.Cards;
using NdrBot.Slack.Commands;
using NdrBot.Slack.Dedupe;
using NdrBot.Slack.Events;
using NdrBot.Slack.Interactivity;
using NdrBot.Slack.Json;
using NdrBot.Slack.Processing;
using NdrBot.Slack.Queue;

namespace NdrBot.Slack.Inbound;

/// <summary>
/// The part of a Slack request that runs before the ack, shared by the HTTP endpoints (after the signature check)
/// and Socket Mode: parse, drop repeats by <c>event_id</c>, carry out a card click (one store write, so that an
/// acknowledged click is never lost), and put the rest of the work on the queue. Nothing here waits for an answer
/// or another API, so the ack stays well inside Slack's 3 seconds.
/// </summary>
public sealed class SlackRequestHandler(
    ISlackEventDeduplicator deduplicator,
    IAnswerer answerer,
    SlackWorkBacklog queue,
    SlackResponder responder,
    ILogger<SlackRequestHandler> logger)
{
    /// <summary>How long the busy notice may take when an event finds the queue full (events cannot carry a reply).</summary>
    private static readonly TimeSpan BusyNoticeBudget = TimeSpan.FromSeconds(2);

    public Task<SlackAck> HandleEventAsync(string body, CancellationToken cancellationToken = default) =>
        HandleEnvelopeAsync(SlackJson.TryRead<EventEnvelope>(body), cancellationToken);

    public Task<SlackAck> HandleEventAsync(JsonElement payload, CancellationToken cancellationToken = default) =>
        HandleEnvelopeAsync(SlackJson.TryRead<EventEnvelope>(payload), cancellationToken);

    public Task<SlackAck> HandleCommandAsync(string formBody, CancellationToken cancellationToken = default) =>
        HandleCommandAsync(SlashCommand.FromForm(FormBody.Parse(formBody)), cancellationToken);

    public Task<SlackAck> HandleCommandAsync(JsonElement payload, CancellationToken cancellationToken = default) =>
        HandleCommandAsync(SlackJson.TryRead<SlashCommand>(payload) ?? new SlashCommand(), cancellationToken);

    public Task<SlackAck> HandleInteractionAsync(string formBody, CancellationToken cancellationToken = default) =>
        HandleInteractionAsync(SlackJson.TryRead<InteractionPayload>(FormBody.Parse(formBody).GetValueOrDefault("payload")), cancellationToken);

    public Task<SlackAck> HandleInteractionAsync(JsonElement payload, CancellationToken cancellationToken = default) =>
        HandleInteractionAsync(SlackJson.TryRead<InteractionPayload>(payload), cancellationToken);

    private async Task<SlackAck> HandleEnvelopeAsync(EventEnvelope? envelope, CancellationToken cancellationToken)
    {
        var inbound = envelope is null ? new SlackUnrecognized(null) : EventTranslator.Translate(envelope);
        if (inbound is SlackUrlVerification verification)
        {
            return SlackAck.ForChallenge(verification.Challenge);
        }

        if (inbound is not SlackQuestion question)
        {
            Log.NotAnswered(logger, Describe(inbound));
            return SlackAck.Empty;
        }

        if (envelope!.EventId is { Length: > 0 } eventId && !await deduplicator.TryMarkSeenAsync(eventId, cancellationToken))
        {
            Log.DuplicateEvent(logger, eventId);
            return SlackAck.Empty;
        }

        if (!queue.TryEnqueue(question))
        {
            Log.QueueFull(logger);
            await SendBusyAsync(question.ReplyTo with { Ephemeral = true }, cancellationToken);
        }

        return SlackAck.Empty;
    }

    private async Task SendBusyAsync(SlackReplyTarget to, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(BusyNoticeBudget);
        try
        {
            await responder.SendTextAsync(SlackMessages.Busy, to, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.NotAnswered(logger, "busy notice timed out");
        }
    }

    private Task<SlackAck> HandleCommandAsync(SlashCommand command, CancellationToken cancellationToken) =>
        EnqueueOnceAsync(SlashCommandTranslator.Translate(command), command.TriggerId, cancellationToken);

    private Task<SlackAck> HandleInteractionAsync(InteractionPayload? payload, CancellationToken cancellationToken) =>
        EnqueueOnceAsync(payload is null ? new SlackUnrecognized(null) : InteractionTranslator.Translate(payload), payload?.TriggerId, cancellationToken);

    /// <summary>
    /// Commands and interactions carry no event id, but each invocation has its own <c>trigger_id</c>: a request
    /// replayed inside the signature's 5-minute window (same body, timestamp and signature) is acknowledged and not
    /// answered again. Only requests that will be answered are remembered.
    /// </summary>
    private async Task<SlackAck> EnqueueOnceAsync(SlackInbound inbound, string? triggerId, CancellationToken cancellationToken)
    {
        if (inbound is (SlackQuestion or SlackCardActionRequest) && triggerId is { Length: > 0 }
            && !await deduplicator.TryMarkSeenAsync("trigger:" + triggerId, cancellationToken))
        {
            Log.DuplicateEvent(logger, "trigger:" + triggerId);
            return SlackAck.Empty;
        }

        if (inbound is SlackCardActionRequest click)
        {
            try
            {
                inbound = click with { Applied = new AppliedCardAction(await answerer.ActAsync(click.Action, SlackAsker.Of(click.ReplyTo), cancellationToken)) };
            }
            catch when (triggerId is { Length: > 0 })
            {
                // Note: nothing was applied (the store rolled back); a resend of this very request must not be taken
                // for a duplicate. Forgetting is best effort: the store may be what failed.
                await ForgetQuietlyAsync("trigger:" + triggerId);
                throw;
            }
        }

        return Enqueue(inbound);
    }

    private async Task ForgetQuietlyAsync(string id)
    {
        try
        {
            await deduplicator.ForgetAsync(id, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.NotAnswered(logger, "could not forget " + id + ": " + ex.GetType().Name);
        }
    }

    private SlackAck Enqueue(SlackInbound inbound)
    {
        if (inbound is not (SlackQuestion or SlackCardActionRequest))
        {
            Log.NotAnswered(logger, Describe(inbound));
            return SlackAck.Empty;
        }

        if (queue.TryEnqueue(inbound))
        {
            return SlackAck.Empty;
        }

        // Note: an applied click is kept even when its reply cannot be queued; saying "busy" would make the user click
        // again and be refused as stale.
        Log.QueueFull(logger);
        return inbound is SlackCardActionRequest { Applied: not null } ? SlackAck.Empty : SlackAck.WithMessage(SlackMessages.Busy);
    }

    private static string Describe(SlackInbound inbound) => inbound switch
    {
        SlackIgnored ignored => ignored.Reason,
        SlackUnrecognized unknown => "unrecognized " + (unknown.Type ?? "body"),
        _ => inbound.GetType().Name,
    };
}
