using NdrBot.Cards.Model;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Building;

/// <summary>Builds the channel-neutral <see cref="Answer"/> for an explanation, the help text or nothing found.</summary>
public static class AnswerBuilder
{
    /// <summary>
    /// The answer to an explanation: a bounce card, a code card (with a checklist when one applies), a checklist
    /// card, or a not-found card. <paramref name="caseView"/> is the case state, when the host has a case;
    /// <paramref name="checks"/> adds the "Checks" section of live DNS checks.
    /// </summary>
    public static Answer FromExplanation(Explanation explanation, CaseView? caseView = null, CheckReport? checks = null) =>
        WithChecks(FromExplanationOnly(explanation, caseView), checks);

    /// <summary>
    /// True when the answer to <paramref name="explanation"/> is a code, bounce or checklist card, the kinds a case is
    /// opened for; false for a not-found card. Decided without building the answer.
    /// </summary>
    public static bool HasTriage(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return explanation.Findings.Count > 0 || explanation.Checklists.Count > 0;
    }

    /// <summary>The same answer with the "Checks" section for <paramref name="checks"/> (none when nothing was checked).</summary>
    public static Answer WithChecks(Answer answer, CheckReport? checks)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return checks is null ? answer : answer with { Checks = CheckSections.From(checks) };
    }

    private static Answer FromExplanationOnly(Explanation explanation, CaseView? caseView)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var triage = new TriageSection(caseView?.CaseId ?? CaseKey.For(explanation), caseView?.Version ?? 0, caseView);
        var checklist = explanation.Checklists.Count > 0 ? ChecklistSections.From(explanation.Checklists[0], triage) : null;
        var notices = explanation.Notices.Select(n => PlainText.Clean(n, AnswerLimits.LongTextChars)).ToArray();
        if (explanation.Findings.Count == 0)
        {
            return checklist is null ? NotFoundAnswers.For(explanation.Kind, notices) : ChecklistOnly(checklist, notices);
        }

        if (explanation.Kind == ExplanationKind.Bounce || explanation.Findings.Any(f => f.Recipient is not null))
        {
            return BounceAnswers.From(explanation, triage) with { Checklist = checklist };
        }

        var codes = CodeSections.Distinct(explanation.Findings);
        var first = codes[0];
        return new Answer
        {
            Kind = AnswerKind.Code,
            Title = codes.Count == 1 ? $"{first.Code}: {first.Title}" : $"{codes.Count} codes explained",
            Summary = codes.Count == 1 ? first.Meaning : string.Join("; ", codes.Select(c => $"{c.Code}: {c.Title}")),
            Codes = codes,
            Checklist = checklist,
            Notices = notices,
            Triage = triage,
        };
    }

    /// <summary>The answer to <c>@ndrbot help</c>.</summary>
    public static Answer Help() => new()
    {
        Kind = AnswerKind.Help,
        Title = "NdrBot: email bounces explained",
        Summary = "Ask about a bounce code, or paste a whole bounce, and NdrBot says what it means and what to do next.",
        Lines =
        [
            "Ask about a code: @ndrbot 5.4.6, @ndrbot what is 550 5.1.1?, or a family such as 5.7.x",
            "Paste a whole bounce (Outlook NDR, Gmail rejection, Postfix DSN): NdrBot lists each failed recipient, the remote server's words and the next steps",
            "Ask about Telstra mass mail (@ndrbot telstra): the SMTP Mass Mail activation checklist",
            "Triage together: Claim a bounce, Add notes, Resolve it, Reopen it later",
            "@ndrbot help shows this card again",
        ],
    };

    private static Answer ChecklistOnly(ChecklistSection checklist, string[] notices) => new()
    {
        Kind = AnswerKind.Checklist,
        Title = checklist.Title,
        Summary = checklist.Summary,
        Checklist = checklist,
        Notices = notices,
    };
}
