using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using Xunit.Abstractions;

namespace NdrBot.Cards.Tests.Coverage;

/// <summary>The largest answer the builder limits allow, every text at its cap, still fits both channels.</summary>
public sealed class WorstCaseTests(ITestOutputHelper output)
{
    [Fact]
    public void Render_EveryPartAtItsCap_ValidAndWithinLimits()
    {
        var problems = CardChecks.Problems(Largest(), out var adaptive, out var slack);

        output.WriteLine($"worst case: adaptive {adaptive} bytes, slack {slack} bytes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Answer Largest()
    {
        var triage = new TriageSection("c-" + new string('f', 62), int.MaxValue, Samples.Case(CaseStatus.Claimed, Long(AnswerLimits.ShortFieldChars), Long(AnswerLimits.NoteChars)) with
        {
            LastNotes = [.. Enumerable.Range(0, 5).Select(i => new CaseNote(Long(200), Long(2000), Samples.At))],
        });
        var code = new CodeSection
        {
            Code = "5.7.999", ReplyCode = "550", Title = Long(AnswerLimits.ShortFieldChars), Meaning = Long(AnswerLimits.LongTextChars),
            Steps = [.. Enumerable.Repeat(Long(AnswerLimits.LongTextChars), AnswerLimits.MaxStepsPerCode)],
            VendorNote = Long(AnswerLimits.LongTextChars), InferredFrom = "5.7.0", Link = new Uri("https://example.com/" + new string('p', 1900)),
        };
        var recipient = new RecipientSection
        {
            Address = Long(AnswerLimits.ShortFieldChars), Code = Long(AnswerLimits.ShortFieldChars), Reason = Long(AnswerLimits.ShortFieldChars),
            RemoteServer = Long(AnswerLimits.ShortFieldChars), RemoteWords = Long(AnswerLimits.RemoteWordsChars),
        };
        return new Answer
        {
            Kind = AnswerKind.Code,
            Title = Long(AnswerLimits.ShortFieldChars),
            Summary = Long(AnswerLimits.LongTextChars),
            Codes = [.. Enumerable.Repeat(code, AnswerLimits.MaxCodes)],
            Recipients = [.. Enumerable.Repeat(recipient, AnswerLimits.MaxRecipients)],
            MoreRecipients = 99,
            Steps = [.. Enumerable.Repeat(Long(AnswerLimits.LongTextChars), AnswerLimits.MaxCombinedSteps)],
            Notices = [Long(AnswerLimits.LongTextChars)],
            Checklist = new ChecklistSection
            {
                Id = "x", Title = Long(AnswerLimits.ShortFieldChars), Summary = Long(AnswerLimits.LongTextChars), CaseId = triage.CaseId,
                Facts = [.. Enumerable.Repeat(KeyValuePair.Create(Long(AnswerLimits.ShortFieldChars), Long(AnswerLimits.LongTextChars)), 10)],
                Items = [.. Enumerable.Range(0, AnswerLimits.MaxChecklistSteps).Select(i => new ChecklistItem($"s{i}", Long(AnswerLimits.LongTextChars)))],
            },
            Checks = new ChecksSection
            {
                Lines = [.. Enumerable.Range(0, AnswerLimits.MaxChecks).Select(_ => new CheckLine
                {
                    Label = "Blocklist", Subject = Long(AnswerLimits.ShortFieldChars), Verdict = "could not check", Tone = CheckTone.Neutral,
                    Record = Long(AnswerLimits.RemoteWordsChars), Detail = Long(AnswerLimits.RemoteWordsChars), Step = Long(AnswerLimits.LongTextChars),
                })],
                Notes = [.. Enumerable.Repeat(Long(AnswerLimits.LongTextChars), 4)],
            },
            Triage = triage,
        };
    }

    /// <summary>Text of the given length made of characters that each escape to five in mrkdwn.</summary>
    private static string Long(int length) => string.Concat(Enumerable.Repeat("a<&> ", length / 5 + 1))[..length];
}
