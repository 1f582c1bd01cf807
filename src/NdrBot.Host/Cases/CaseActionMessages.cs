using NdrBot.Cards.Model;
using NdrBot.Triage.Cases;
using CaseStatus = NdrBot.Triage.Cases.CaseStatus;

namespace NdrBot.Host.Cases;

/// <summary>The short line the person who pressed a button sees.</summary>
internal static class CaseActionMessages
{
    public static string For(ApplyResult result, CardAction action, string actor) => result switch
    {
        ApplyResult.Applied { Case: var c } => Applied(c, action),
        ApplyResult.Stale { Case: var c } => $"That card was out of date, so nothing changed. {State(c, actor)}",
        ApplyResult.Refused { Case: var c, Reason: var reason } => Refused(c, action, actor, reason),
        _ => $"There is no case {action.CaseId}.",
    };

    private static string Applied(Case c, CardAction action) => action.Verb switch
    {
        CardVerb.Claim => $"You have case {c.Id} now.",
        CardVerb.TakeOver => $"You took over case {c.Id}.",
        CardVerb.Release => $"You released case {c.Id}; anyone can claim it now.",
        CardVerb.Note => $"Note added to case {c.Id}.",
        CardVerb.Resolve => $"Case {c.Id} is resolved.",
        CardVerb.Reopen => $"Case {c.Id} is open again.",
        _ => $"Checklist progress saved on case {c.Id}.",
    };

    private static string Refused(Case c, CardAction action, string actor, string reason) => (action.Verb, c) switch
    {
        (CardVerb.Claim, { Status: CaseStatus.Open, Owner: { } owner }) when owner != actor => $"{owner} has it. Take over?",
        (CardVerb.Release, { Status: CaseStatus.Open, Owner: { } owner }) when owner != actor => $"{owner} has case {c.Id}; only they can release it. Take over?",
        (CardVerb.TakeOver, { Status: CaseStatus.Open, Owner: { } owner }) when owner == actor => $"Case {c.Id} is already yours; Release hands it back.",
        _ => $"Nothing changed on case {c.Id}: {reason}. {State(c, actor)}",
    };

    private static string State(Case c, string actor) => c switch
    {
        { Status: CaseStatus.Resolved } => $"Case {c.Id} is resolved{(c.Resolution is { } r ? ": " + r : "")}.",
        { Owner: null } => $"Case {c.Id} is open and nobody has it.",
        { Owner: var o } when o == actor => $"Case {c.Id} is yours.",
        _ => $"{c.Owner} has case {c.Id}.",
    };
}
