using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    /// <summary>Issue 7: 20 concurrent claims → exactly one owner and 20 history entries, on both providers.</summary>
    [Fact]
    public async Task Claim_TwentyUsersAtOnce_ExactlyOneOwnerAndEveryAttemptRecorded()
    {
        var opened = await OpenAsync();
        var users = Enumerable.Range(1, 20).Select(i => $"user{i:00}").ToList();
        var seen = await Task.WhenAll(users.Select(_ => Store.GetAsync(opened.Id)));

        var results = await Task.WhenAll(users.Select((user, i) =>
            Task.Run(() => Store.ApplyAsync(opened.Id, seen[i]!.Version, new CaseAction.Claim(user)))));

        var winner = Assert.Single(results.OfType<ApplyResult.Applied>());
        Assert.Equal(19, results.Count(r => r is ApplyResult.Stale or ApplyResult.Refused));
        Assert.All(results, r => Assert.Equal(winner.Case.Owner, r.Current!.Owner));
        var final = await Store.GetAsync(opened.Id);
        Assert.Equal((winner.Case.Owner, 2), (final!.Owner, final.Version));

        var attempts = (await Store.HistoryAsync(opened.Id)).Where(e => e.Verb != CaseVerb.Opened).ToList();
        Assert.Equal(20, attempts.Count);
        Assert.Single(attempts, e => e.Verb == CaseVerb.Claimed);
        Assert.Equal(19, attempts.Count(e => e.Verb is CaseVerb.ClaimRefused or CaseVerb.StaleRefused));
        Assert.Equal(users.Order(StringComparer.Ordinal), attempts.Select(e => e.Actor).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(2, 20), attempts.Select(e => e.Seq));
    }

    [Fact]
    public async Task Apply_ConcurrentNotesFromFreshReads_NoneLost()
    {
        var opened = await OpenAsync();

        // Each writer retries on Stale with the version it is shown, as a user pressing the button again would.
        var writers = Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            var version = 1;
            while (true)
            {
                var result = await Store.ApplyAsync(opened.Id, version, new CaseAction.AddNote($"user{i}", $"note {i}"));
                if (result is ApplyResult.Applied)
                {
                    return;
                }

                version = result.Current!.Version;
            }
        }));
        await Task.WhenAll(writers);

        Assert.Equal(8, (await Store.NotesAsync(opened.Id)).Count);
        Assert.Equal(9, (await Store.GetAsync(opened.Id))!.Version);
    }
}
