namespace NdrBot.Core.Checks;

/// <summary>Small text helpers for check results.</summary>
internal static class CheckText
{
    /// <summary>Records are shown up to this many characters.</summary>
    public const int RecordChars = 400;

    public static string? Cut(string? text) =>
        text is null ? null : text.Length <= RecordChars ? text : text[..(RecordChars - 1)] + "…";

    public static CheckResult Make(CheckKind kind, string subject, CheckVerdict verdict, string? record, string? detail, string step) => new()
    {
        Kind = kind,
        Subject = subject,
        Verdict = verdict,
        Record = Cut(record),
        Detail = detail,
        Step = step,
    };

    public static CheckResult CouldNotCheck(CheckKind kind, string subject, string detail, string step) =>
        Make(kind, subject, CheckVerdict.CouldNotCheck, null, detail, step);

    public static CheckResult NoAnswer(CheckKind kind, string subject, string? error) =>
        CouldNotCheck(kind, subject, $"DNS gave no answer ({error ?? "no reply"})", "Run the check again later (ndrbot check) or use a DNS lookup site.");
}
