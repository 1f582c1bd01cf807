using NdrBot.Cards.Model;
using NdrBot.Triage.Cases;
using CaseStatus = NdrBot.Triage.Cases.CaseStatus;

namespace NdrBot.Host.Cases;

/// <summary>The short line the person who pressed a button sees. Cases are named by their code, people by name.</summary>
internal static class CaseActionMessages
{
    public static string For(ApplyResult result, CardAction action, Asker asker) => result switch
    {
        ApplyResult.Applied { Case: var c } => Applied(c, action),
        ApplyResult.Stale { Case: var c } => $"That card was out of date, so nothing changed. {State(c, asker)}",
        ApplyResult.Refused { Case: var c, Reason: var reason } => Refused(c, action, asker, reason),
        _ => NoSuchCase(action.CaseId),
    };

    /// <summary>Said alike for a case that does not exist and one of another conversation.</summary>
    public static string NoSuchCase(string caseId) => $"There is no case {caseId}; it may have been made on another NdrBot.";

    private static string Applied(Case c, CardAction action) => action.Verb switch
    {
        CardVerb.Claim => $"You have case {c.Code} now.",
        CardVerb.TakeOver => $"You took over case {c.Code}.",
        CardVerb.Release => $"You released case {c.Code}; anyone can claim it now.",
        CardVerb.Note => $"Note added to case {c.Code}.",
        CardVerb.Resolve => $"Case {c.Code} is resolved.",
        CardVerb.Reopen => $"Case {c.Code} is open again.",
        _ => $"Checklist progress saved on case {c.Code}.",
    };

    private static string Refused(Case c, CardAction action, Asker asker, string reason) => (action.Verb, c.Status, c.Owner is null, Actors.Owns(asker, c)) switch
    {
        (CardVerb.Claim, CaseStatus.Open, false, false) => $"{Actors.OwnerName(c)} has it. Take over?",
        (CardVerb.Release, CaseStatus.Open, false, false) => $"{Actors.OwnerName(c)} has case {c.Code}; only they can release it. Take over?",
        (CardVerb.TakeOver, CaseStatus.Open, false, true) => $"Case {c.Code} is already yours; Release hands it back.",
        _ => $"Nothing changed on case {c.Code}: {reason}. {State(c, asker)}",
    };

    private static string State(Case c, Asker asker) => c switch
    {
        { Status: CaseStatus.Resolved } => $"Case {c.Code} is resolved{(c.Resolution is { } r ? ": " + r : "")}.",
        { Owner: null } => $"Case {c.Code} is open and nobody has it.",
        _ when Actors.Owns(asker, c) => $"Case {c.Code} is yours.",
        _ => $"{Actors.OwnerName(c)} has case {c.Code}.",
    };
}
