using NdrBot.Cards.Model;
using NdrBot.Core.Checks;

namespace NdrBot.Cards.Building;

/// <summary>Turns a <see cref="CheckReport"/> into the card's "Checks" section: each distinct check once, capped.</summary>
public static class CheckSections
{
    /// <summary>The section for <paramref name="report"/>, or null when no check applied to the answer.</summary>
    public static ChecksSection? From(CheckReport? report)
    {
        if (report is null)
        {
            return null;
        }

        var all = report.Distinct();
        if (all.Count == 0)
        {
            return null;
        }

        var notes = new List<string>();
        if (report.Evidence.SendingIp is { } ip)
        {
            notes.Add($"Sending IP {ip}, from {report.Evidence.SendingIpSource}.");
        }

        if (report.Evidence.SenderDomain is { } domain)
        {
            notes.Add($"Sender's domain {domain}, from {report.Evidence.SenderDomainSource}.");
        }

        notes.AddRange(report.Notices);
        if (all.Count > AnswerLimits.MaxChecks)
        {
            notes.Add($"{all.Count - AnswerLimits.MaxChecks} more check(s) left off the card: ndrbot explain --check shows them all.");
        }

        return new ChecksSection
        {
            Lines = [.. all.Take(AnswerLimits.MaxChecks).Select(Line)],
            Notes = [.. notes.Select(n => PlainText.Clean(n, AnswerLimits.LongTextChars))],
        };
    }

    /// <summary>The placeholder shown while the checks run.</summary>
    public static ChecksSection Pending() => new() { Pending = true, Notes = ["Looking up SPF, DMARC, MX, PTR and blocklists for this bounce…"] };

    public static CheckLine Line(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new CheckLine
        {
            Label = Label(check.Kind),
            Subject = PlainText.Clean(check.Subject, AnswerLimits.ShortFieldChars),
            Verdict = Verdict(check.Verdict),
            Tone = Tone(check),
            Record = check.Record is null ? null : PlainText.Clean(check.Record, AnswerLimits.RemoteWordsChars),
            Detail = check.Detail is null ? null : PlainText.Clean(check.Detail, AnswerLimits.RemoteWordsChars),
            Step = PlainText.Clean(check.Step, AnswerLimits.LongTextChars),
        };
    }

    public static string Label(CheckKind kind) => kind switch
    {
        CheckKind.Spf => "SPF",
        CheckKind.Dmarc => "DMARC",
        CheckKind.Dkim => "DKIM",
        CheckKind.Mx => "MX",
        CheckKind.Ptr => "PTR",
        _ => "Blocklist",
    };

    public static string Verdict(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Pass => "pass",
        CheckVerdict.Fail => "fail",
        CheckVerdict.SoftFail => "softfail",
        CheckVerdict.Neutral => "neutral",
        CheckVerdict.PermError => "broken record",
        CheckVerdict.Found => "found",
        CheckVerdict.Missing => "missing",
        CheckVerdict.Reject => "p=reject",
        CheckVerdict.Quarantine => "p=quarantine",
        CheckVerdict.Monitor => "p=none",
        CheckVerdict.NullMx => "null MX",
        CheckVerdict.NxDomain => "no such domain",
        CheckVerdict.NoData => "no mail servers",
        CheckVerdict.Mismatch => "does not match",
        CheckVerdict.Listed => "listed",
        CheckVerdict.NotListed => "not listed",
        _ => "could not check",
    };

    private static CheckTone Tone(CheckResult check) => check.Verdict switch
    {
        CheckVerdict.Pass or CheckVerdict.Found or CheckVerdict.NotListed => CheckTone.Good,
        CheckVerdict.SoftFail or CheckVerdict.Neutral or CheckVerdict.Quarantine or CheckVerdict.Monitor => CheckTone.Warning,
        CheckVerdict.Missing when check.Kind == CheckKind.Mx => CheckTone.Warning,
        CheckVerdict.CouldNotCheck => CheckTone.Neutral,
        _ => CheckTone.Attention,
    };
}
