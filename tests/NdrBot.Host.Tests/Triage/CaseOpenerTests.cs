using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;
using NdrBot.Host.Cases;
using NdrBot.Host.Checks;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;
using NdrBot.Triage.Cases;
using CardCaseStatus = NdrBot.Cards.Model.CaseStatus;

namespace NdrBot.Host.Tests.Triage;

/// <summary>
/// The answer with its case, built from what opening or attaching read in its one transaction: a repeat says so and
/// shows the case's owner, history count, last notes and stored checks as the case card does.
/// </summary>
public sealed class CaseOpenerTests : IDisposable
{
    private const string Bounce = "Delivery has failed to these recipients: jhon@example.com\nRemote server returned '550 5.1.1 User unknown'";

    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task Repeat_InAPrivateChat_SaysSo_AndShowsTheOwnersNotesHistoryAndStoredChecks_AsTheCaseCardDoes()
    {
        var opener = _app.Services.GetRequiredService<CaseOpener>();
        var store = _app.Services.GetRequiredService<ICaseStore>();
        var explanation = _app.Services.GetRequiredService<Explainer>().Explain(Bounce);
        var alice = Person("29:alice", "Alice Ng", isPrivate: true);
        var first = await opener.AnswerWithCaseAsync(explanation, alice, CancellationToken.None);
        var caseId = first.Triage!.CaseId;
        Assert.IsType<ApplyResult.Applied>(await store.ApplyAsync(caseId, 1, new CaseAction.Claim("29:alice") { ActorName = "Alice Ng" }));
        Assert.IsType<ApplyResult.Applied>(await store.ApplyAsync(caseId, 2, new CaseAction.AddNote("29:alice", "asked for the right address") { ActorName = "Alice Ng" }));
        var report = new CheckReport { Findings = [new FindingChecks(0, [new CheckResult { Kind = CheckKind.Mx, Subject = "example.com", Verdict = CheckVerdict.Fail, Step = "Publish an MX record" }])] };
        Assert.True(await _app.Services.GetRequiredService<ICaseChecksStore>().SaveChecksAsync(caseId, StoredChecks.ToJson(report)));

        var again = await opener.AnswerWithCaseAsync(explanation, alice, CancellationToken.None);
        var shared = await opener.AnswerWithCaseAsync(explanation, alice with { Private = false }, CancellationToken.None);
        var card = await _app.Services.GetRequiredService<CaseCards>().CardAsync((await store.GetAsync(caseId))!, alice, CancellationToken.None);

        Assert.Null(first.Checks);
        Assert.DoesNotContain(first.Notices, n => n.StartsWith("Seen before", StringComparison.Ordinal));
        Assert.Equal(caseId, again.Triage!.CaseId);
        Assert.StartsWith("Seen before: this is a repeat of case ", again.Notices[0], StringComparison.Ordinal);
        Assert.Contains("opened by Alice Ng (1 repeat so far)", again.Notices[0], StringComparison.Ordinal);
        Assert.Contains("(2 repeats so far)", shared.Notices[0], StringComparison.Ordinal);
        var view = again.Triage.Case!;
        Assert.Equal((CardCaseStatus.Claimed, "Alice Ng", true), (view.Status, view.Owner, view.ViewerOwnsIt));
        Assert.Equal((4, "asked for the right address"), (view.HistoryCount, Assert.Single(view.LastNotes).Text));
        Assert.Null(shared.Triage!.Case!.ViewerOwnsIt);
        Assert.Equal(card.Triage!.Case!.LastNotes, view.LastNotes);
        Assert.Equal(card.Triage.Case.ViewerOwnsIt, view.ViewerOwnsIt);
        Assert.Equal((5, card.Triage.Case.HistoryCount), (shared.Triage.Case.HistoryCount, 5));
        Assert.Equal("example.com", Assert.Single(again.Checks!.Lines).Subject);
        Assert.Equal(card.Checks!.Lines, again.Checks.Lines);
    }

    public void Dispose() => _app.Dispose();

    private static Asker Person(string id, string name, bool isPrivate) =>
        new(ChatChannel.Teams, id, name, "a:personal-chat") { Workspace = "tenant-1", Private = isPrivate };
}
