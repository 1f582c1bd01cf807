using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Cards.Tests.Support;

/// <summary>Representative answers, one of each card, including the largest a card can get and hostile text.</summary>
internal static class Samples
{
    public const string HostileText = "<!channel> <@U024BE7LH> <at>Boss</at> [click](https://evil.example) **bold** \"}]} &amp; <https://evil.example|login> `x`";

    public static DateTimeOffset At { get; } = new(2025, 5, 1, 9, 30, 0, TimeSpan.Zero);

    public static Answer Code() => AnswerBuilder.FromExplanation(TestCatalogue.Explain("what is 550 5.1.1 from Exchange Online?"));

    public static Answer Inferred() => AnswerBuilder.FromExplanation(TestCatalogue.Explain("5.7.999"));

    public static Answer Checklist() => AnswerBuilder.FromExplanation(TestCatalogue.Explain("telstra mass mail"));

    public static Answer Help() => AnswerBuilder.Help();

    public static Answer NotFound() => AnswerBuilder.FromExplanation(TestCatalogue.Explain("hello there"));

    public static Answer Bounce(int recipients = 3, string? words = null) =>
        AnswerBuilder.FromExplanation(BounceExplanation(recipients, words));

    public static Answer WithCase(CaseStatus status = CaseStatus.Claimed, string? owner = "Alice Nguyen") =>
        AnswerBuilder.FromExplanation(BounceExplanation(2, null), Case(status, owner));

    public static CaseView Case(CaseStatus status, string? owner, string? noteText = null) => new()
    {
        CaseId = "case-42",
        Version = 7,
        Status = status,
        Owner = owner,
        HistoryCount = 5,
        LastNotes =
        [
            new CaseNote("Bob", "Asked the customer for the exact address.", At),
            new CaseNote("Alice Nguyen", noteText ?? "Typo in the address: jhon instead of john.", At.AddMinutes(12)),
        ],
        DoneSteps = ["call"],
    };

    /// <summary>Every kind of card, with names used for files and screenshots.</summary>
    public static IEnumerable<(string Name, Answer Answer)> All()
    {
        yield return ("code", Code());
        yield return ("code-inferred", Inferred());
        yield return ("codes-several", AnswerBuilder.FromExplanation(TestCatalogue.Explain("5.1.1, 5.4.6, 4.4.7, 5.7.999, 550 and 5.x.x")));
        yield return ("bounce", Bounce());
        yield return ("bounce-many", Bounce(40, new string('x', 5000)));
        yield return ("checklist", Checklist());
        yield return ("checklist-with-code", AnswerBuilder.FromExplanation(TestCatalogue.Explain("telstra says 4.4.7"), Case(CaseStatus.Open, null)));
        yield return ("help", Help());
        yield return ("not-found", NotFound());
        yield return ("not-a-bounce", AnswerBuilder.FromExplanation(new Explanation(ExplanationKind.NotBounce, [], [])));
        yield return ("case-claimed", WithCase());
        yield return ("case-resolved", WithCase(CaseStatus.Resolved));
        yield return ("hostile", Hostile());
        yield return ("case-list", CaseList());
        yield return ("case-list-empty", TriageAnswers.CaseList("Open cases here", [], "No open cases here."));
        yield return ("stats", Stats());
    }

    public static Answer CaseList() => TriageAnswers.CaseList(
        "Open cases here",
        [.. Enumerable.Range(0, 30).Select(i => new CaseListItem($"C-{i:D4}", "5.1.1 to jhon@example.com: " + HostileText, i % 2 == 0 ? null : HostileText, TimeSpan.FromHours(i * 7)))],
        "No open cases here.");

    public static Answer Stats() => TriageAnswers.Stats("in this conversation",
    [
        new StatsCounts(7, 12, [new("5.1.1", 8), new("4.4.7", 3), new("5.7.1", 1)], [new("Mailbox does not exist", 8), new(HostileText, 4)]),
        new StatsCounts(30, 40, [.. Enumerable.Range(0, 20).Select(i => KeyValuePair.Create($"5.{i}.1", i + 1))], []),
    ]);

    /// <summary>Hostile text everywhere a bounce or a user can put text.</summary>
    public static Answer Hostile() =>
        AnswerBuilder.FromExplanation(BounceExplanation(2, HostileText, HostileText), Case(CaseStatus.Claimed, HostileText, HostileText));

    public static Explanation BounceExplanation(int recipients, string? words, string? address = null)
    {
        var findings = Enumerable.Range(1, recipients).Select(i => Finding(i, words, address)).ToList();
        return new Explanation(ExplanationKind.Bounce, findings, []);
    }

    private static Finding Finding(int i, string? words, string? address)
    {
        var status = (i % 3) switch { 0 => "4.4.7", 1 => "5.1.1", _ => "5.4.6" };
        return new Finding
        {
            Status = status,
            ReplyCode = status == "5.1.1" ? "550" : null,
            Recipient = address ?? $"user{i}@example.com",
            Permanent = status[0] == '5',
            Delivery = status == "5.4.6" ? DeliveryState.Retrying : DeliveryState.Final,
            DeliveryBasis = status == "4.4.7"
                ? "The report says \"queue.expired\"."
                : "The report's Action field says " + (status == "5.4.6" ? "delayed" : "failed") + ".",
            RemoteMta = address ?? "mx1.example.com",
            Diagnostic = words ?? $"smtp; 550 5.1.1 <user{i}@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
            Vendor = Vendor.Postfix,
            Lookup = TestCatalogue.Catalogue.Lookup(status, new LookupContext(Vendor.Postfix))!,
        };
    }
}
