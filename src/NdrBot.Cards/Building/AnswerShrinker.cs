using NdrBot.Cards.Model;

namespace NdrBot.Cards.Building;

/// <summary>
/// Makes an answer smaller when a rendered card would break a channel limit: fewer recipients first, then fewer
/// codes, shorter step lists, fewer checklist steps, and finally shorter texts. Each call takes one step.
/// </summary>
public static class AnswerShrinker
{
    /// <summary>A smaller answer, or null when nothing is left to take away.</summary>
    public static Answer? Shrink(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Recipients.Count > 1)
        {
            var keep = answer.Recipients.Count / 2;
            return answer with { Recipients = answer.Recipients.Take(keep).ToArray(), MoreRecipients = answer.MoreRecipients + answer.Recipients.Count - keep };
        }

        if (answer.Codes.Count > 1)
        {
            var keep = answer.Codes.Count / 2;
            var notice = $"{answer.Codes.Count - keep} more code(s) left off to fit the message: ask about each one on its own.";
            return answer with { Codes = answer.Codes.Take(keep).ToArray(), Notices = [.. answer.Notices, notice] };
        }

        if (answer.Steps.Count > 3 || answer.Codes.Any(c => c.Steps.Count > 3))
        {
            return answer with { Steps = answer.Steps.Take(3).ToArray(), Codes = [.. answer.Codes.Select(c => c with { Steps = c.Steps.Take(3).ToArray() })] };
        }

        if (answer.Checks is { Lines.Count: > 1 } or { Notes.Count: > 2 } && answer.Checks is { } checks)
        {
            return answer with { Checks = checks with { Lines = checks.Lines.Take(Math.Max(1, checks.Lines.Count / 2)).ToArray(), Notes = checks.Notes.Take(2).ToArray() } };
        }

        if (answer.Checklist is { Items.Count: > 5 } checklist)
        {
            return answer with { Checklist = checklist with { Items = checklist.Items.Take(checklist.Items.Count / 2).ToArray() } };
        }

        if (answer.Triage?.Case is { LastNotes.Count: > 1 } c)
        {
            return answer with { Triage = answer.Triage with { Case = c with { LastNotes = c.LastNotes.TakeLast(1).ToArray() } } };
        }

        return ShortenTexts(answer);
    }

    private static Answer? ShortenTexts(Answer answer)
    {
        const int Floor = 60;
        if (Longest(answer) <= Floor)
        {
            return null;
        }

        var max = Math.Max(Floor, Longest(answer) / 2);
        string Cut(string s) => PlainText.Clean(s, max);
        return answer with
        {
            Summary = Cut(answer.Summary),
            Steps = [.. answer.Steps.Select(Cut)],
            Notices = [.. answer.Notices.Select(Cut)],
            Codes = [.. answer.Codes.Select(c => c with { Meaning = Cut(c.Meaning), Steps = [.. c.Steps.Select(Cut)], VendorNote = c.VendorNote is null ? null : Cut(c.VendorNote) })],
            Recipients = [.. answer.Recipients.Select(r => r with { RemoteWords = r.RemoteWords is null ? null : Cut(r.RemoteWords) })],
            Checklist = answer.Checklist is null ? null : answer.Checklist with
            {
                Summary = Cut(answer.Checklist.Summary),
                Facts = [.. answer.Checklist.Facts.Select(f => KeyValuePair.Create(f.Key, Cut(f.Value)))],
                Items = [.. answer.Checklist.Items.Select(i => i with { Text = Cut(i.Text) })],
            },
            Checks = answer.Checks is null ? null : answer.Checks with
            {
                Lines = [.. answer.Checks.Lines.Select(l => l with { Step = Cut(l.Step), Record = l.Record is null ? null : Cut(l.Record), Detail = l.Detail is null ? null : Cut(l.Detail) })],
                Notes = [.. answer.Checks.Notes.Select(Cut)],
            },
            Triage = answer.Triage?.Case is { } c ? answer.Triage with { Case = c with { LastNotes = [.. c.LastNotes.Select(n => n with { Text = Cut(n.Text) })] } } : answer.Triage,
        };
    }

    private static int Longest(Answer a) =>
        new[] { a.Summary.Length }
            .Concat(a.Steps.Select(s => s.Length)).Concat(a.Notices.Select(s => s.Length))
            .Concat(a.Codes.SelectMany(c => c.Steps.Append(c.Meaning).Append(c.VendorNote ?? "")).Select(s => s.Length))
            .Concat(a.Recipients.Select(r => r.RemoteWords?.Length ?? 0))
            .Concat(a.Checklist?.Items.Select(i => i.Text.Length) ?? []).Concat(a.Checklist?.Facts.Select(f => f.Value.Length) ?? [])
            .Concat(a.Triage?.Case?.LastNotes.Select(n => n.Text.Length) ?? [])
            .Concat(a.Checks?.Lines.SelectMany(l => new[] { l.Step.Length, l.Record?.Length ?? 0, l.Detail?.Length ?? 0 }) ?? [])
            .Concat(a.Checks?.Notes.Select(n => n.Length) ?? [])
            .Max();
}
