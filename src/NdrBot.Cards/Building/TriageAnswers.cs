using System.Globalization;
using NdrBot.Cards.Model;

namespace NdrBot.Cards.Building;

/// <summary>The answers to <c>@ndrbot cases</c>, <c>mine</c> and <c>stats</c>: plain lines, so every renderer shows them.</summary>
public static class TriageAnswers
{
    public const int MaxCasesListed = 25;

    public const int MaxBars = 8;

    private const int BarWidth = 20;

    public static Answer CaseList(string title, IReadOnlyList<CaseListItem> cases, string whenEmpty)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var shown = cases.Take(MaxCasesListed).Select(Line).ToList();
        if (cases.Count > shown.Count)
        {
            shown.Add($"and {(cases.Count - shown.Count).ToString(CultureInfo.InvariantCulture)} more");
        }

        return new Answer
        {
            Kind = AnswerKind.CaseList,
            Title = PlainText.Clean(title, AnswerLimits.ShortFieldChars),
            Summary = cases.Count == 0 ? whenEmpty : $"{Count(cases.Count, "open case")}, oldest first. Ask @ndrbot case <id> for a case's card.",
            Lines = shown,
        };
    }

    public static Answer Stats(string scope, IReadOnlyList<StatsCounts> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var lines = new List<string>();
        foreach (var w in windows)
        {
            lines.Add($"Last {w.Days.ToString(CultureInfo.InvariantCulture)} days: {Count(w.Cases, "case")}");
            lines.AddRange(Bars("code", w.ByCode));
            lines.AddRange(Bars("reason", w.ByReason));
        }

        return new Answer
        {
            Kind = AnswerKind.Stats,
            Title = "Bounce stats",
            Summary = $"Cases opened {scope}, by code and by reason.",
            Lines = lines,
        };
    }

    private static string Line(CaseListItem c) =>
        PlainText.Clean($"{c.CaseId}: {c.About} · {(c.Owner is null ? "unclaimed" : "owner " + c.Owner)} · open {Age(c.Age)}", AnswerLimits.LongTextChars);

    private static IEnumerable<string> Bars(string by, IReadOnlyList<KeyValuePair<string, int>> counts)
    {
        var max = counts.Count == 0 ? 0 : counts.Max(c => c.Value);
        foreach (var (label, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxBars))
        {
            var width = max == 0 ? 0 : Math.Max(1, (int)Math.Round(count * (double)BarWidth / max));
            yield return PlainText.Clean($"{by} {label}: {new string('█', width)} {count.ToString(CultureInfo.InvariantCulture)}", AnswerLimits.LongTextChars);
        }
    }

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => $"{((int)age.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min",
        { TotalDays: < 1 } => $"{((int)age.TotalHours).ToString(CultureInfo.InvariantCulture)} h",
        _ => $"{((int)age.TotalDays).ToString(CultureInfo.InvariantCulture)} d",
    };
}
