using NdrBot.Triage.Cases;
using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>Rows as older versions wrote them are read by the current store once it has migrated the database.</summary>
public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task Migrate_From6_CardReferencesAndOutboxSpellTeamsAsCasesDo()
    {
        await WriteAtSchemaAsync(
            6,
            LegacyCaseSql("C-OLD1", "msteams:19:old@thread.tacv2", "Alex Wilber"),
            "INSERT INTO card_references (case_id, channel, conversation_id, service_url, message_id, updated_at) VALUES ('C-OLD1', 'teams', '19:old@thread.tacv2', 'https://smba.example/amer/', 'act-1', 0)",
            "INSERT INTO outbox (channel, conversation_id, kind, payload, case_id, created_at, next_attempt_at, attempts) VALUES ('teams', '19:old@thread.tacv2', 'reply', '{}', NULL, 0, 0, 0)");

        var reference = await Store.GetCardReferenceAsync("C-OLD1");
        var queued = Assert.Single(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(1)));

        Assert.Equal("msteams", reference!.Channel);
        Assert.Equal("msteams", queued.Message.Channel);
    }

    [Fact]
    public async Task Read_CaseFromBeforeDetails_HasNone_AndOneWithDetailsNotKnownYet_ReadsWhatItKnows()
    {
        await WriteAtSchemaAsync(7, LegacyCaseSql("C-OLD2", "msteams:19:old@thread.tacv2", "Alex Wilber"));
        var legacy = await Store.GetAsync("C-OLD2");
        await WriteAtSchemaAsync(
            8,
            LegacyCaseSql("C-NEW3", "msteams:19:old@thread.tacv2", "Alex Wilber"),
            """UPDATE cases SET details = '{"kind":"bounce","findings":[{"code":"5.1.1","recipient":"jo@example.com","checks":[{"mx":"ok"}]}],"checks":[]}' WHERE id = 'C-NEW3'""",
            "INSERT INTO cases (id, conversation, codes, recipients, created_by, created_at, last_seen_at, status, version, details) VALUES ('C-BAD4', 'msteams:x', '[]', '[]', 'a', 0, 0, 'open', 1, '{not json')");

        var later = await Store.GetAsync("C-NEW3");
        var broken = await Store.GetAsync("C-BAD4");

        Assert.Null(legacy!.Details);
        Assert.Equal(("bounce", "jo@example.com"), (later!.Details!.Kind, Assert.Single(later.Details.Findings).Recipient));
        Assert.Null(broken!.Details);
    }

    /// <summary>
    /// Before migration 9 the short code was the key and people were recorded as the channel named them: the code reads
    /// as the key, a Teams name matches nobody, and a bare Slack user id matches that user through their former id.
    /// </summary>
    [Fact]
    public async Task Migrate_From8_CodeIsTheOldKey_OldSlackOwnerIsStillTheirs()
    {
        await WriteAtSchemaAsync(
            8,
            LegacyCaseSql("C-OLD5", "slack:C1", "U1"),
            LegacyCaseSql("C-OLD6", "msteams:19:old@thread.tacv2", "Alex Wilber"));

        var slack = await Store.FindAsync(new CaseScope("slack:T1/C1", "slack:C1"), "c-old5");
        var again = await Store.ApplyAsync("C-OLD5", 2, new CaseAction.Claim("T1/U1") { ActorName = "U1", FormerActor = "U1" });
        var teamsByName = await Store.ApplyAsync("C-OLD6", 2, new CaseAction.Claim("aad-other") { ActorName = "Alex Wilber" });
        var released = await Store.ApplyAsync("C-OLD5", 2, new CaseAction.Release("T1/U1") { ActorName = "U1", FormerActor = "U1" });

        Assert.Equal(("C-OLD5", "C-OLD5", (string?)null), (slack!.Id, slack.Code, slack.OwnerName));
        Assert.Equal("already yours", Assert.IsType<ApplyResult.Refused>(again).Reason);
        Assert.Equal("claimed by Alex Wilber", Assert.IsType<ApplyResult.Refused>(teamsByName).Reason);
        Assert.Null(Assert.IsType<ApplyResult.Applied>(released).Case.Owner);
    }

    /// <summary>Checklist-only cases used to be stored without a reason: they count as the checklist, not as "undefined".</summary>
    [Fact]
    public async Task Stats_OlderChecklistOnlyCase_CountsAsTheChecklist()
    {
        await WriteAtSchemaAsync(
            7,
            LegacyCaseSql("C-TEL1", Channel, "Alex Wilber"),
            "UPDATE cases SET reason = NULL, codes = '[]', recipients = '[]', checklist_id = 'telstra-mass-mail' WHERE id = 'C-TEL1'");

        var stats = await Store.StatsAsync(Here, Time.GetUtcNow().AddYears(-100));

        Assert.Equal(1, stats.ByReason[CaseReasons.Checklist("telstra-mass-mail")]);
        Assert.False(stats.ByReason.ContainsKey(CaseReasons.Undefined));
    }

    /// <summary>Before migration 10 a case's recipients did not name its conversation; a repeat still attaches to such a case.</summary>
    [Fact]
    public async Task Migrate_From9_RecipientsOfOlderCases_StillFindTheirRepeats()
    {
        await WriteAtSchemaAsync(
            9,
            LegacyCaseSql("C-OLD7", Channel, "alice"),
            "UPDATE cases SET owner = NULL, last_seen_at = " + Time.GetUtcNow().ToUnixTimeMilliseconds() + " WHERE id = 'C-OLD7'",
            "INSERT INTO case_codes (case_id, code) VALUES ('C-OLD7', '5.1.1')",
            "INSERT INTO case_recipients (case_id, recipient) VALUES ('C-OLD7', 'jo@example.com')");

        var repeat = await Store.OpenOrAttachAsync(Bounce());
        var elsewhere = await Store.OpenOrAttachAsync(Bounce(conversation: "teams:19:other@thread.tacv2"));

        Assert.True(repeat.Attached);
        Assert.Equal("C-OLD7", repeat.Case.Id);
        Assert.False(elsewhere.Attached);
    }

    /// <summary>
    /// Two older cases with the same recipient and code in two conversations: migration 10 gives each recipient row its
    /// own case's conversation, so each conversation's repeat attaches to its own case and never to the other's.
    /// </summary>
    [Fact]
    public async Task Migrate_From9_SameRecipientInTwoConversations_EachRepeatFindsItsOwnCase()
    {
        const string Other = "teams:19:other@thread.tacv2";
        var now = Time.GetUtcNow().ToUnixTimeMilliseconds();
        await WriteAtSchemaAsync(
            9,
            LegacyCaseSql("C-HERE8", Channel, "alice"),
            LegacyCaseSql("C-THERE9", Other, "alice"),
            $"UPDATE cases SET owner = NULL, last_seen_at = {now} WHERE id = 'C-HERE8'",
            $"UPDATE cases SET owner = NULL, last_seen_at = {now + 1} WHERE id = 'C-THERE9'",
            "INSERT INTO case_codes (case_id, code) VALUES ('C-HERE8', '5.1.1'), ('C-THERE9', '5.1.1')",
            "INSERT INTO case_recipients (case_id, recipient) VALUES ('C-HERE8', 'jo@example.com'), ('C-THERE9', 'jo@example.com')");

        var here = await Store.OpenOrAttachAsync(Bounce());
        var there = await Store.OpenOrAttachAsync(Bounce(conversation: Other));
        var third = await Store.OpenOrAttachAsync(Bounce(conversation: "teams:19:third@thread.tacv2"));

        Assert.Equal(("C-HERE8", true), (here.Case.Id, here.Attached));
        Assert.Equal(("C-THERE9", true), (there.Case.Id, there.Attached));
        Assert.False(third.Attached);
        Assert.Empty(await new Migrator(StoreDatabase.Dialect, Time).MigrateAsync(CancellationToken.None));
    }

    /// <summary>A case row with the columns of schema 1, as every version up to 6 wrote it.</summary>
    private static string LegacyCaseSql(string id, string conversation, string owner) => $"""
        INSERT INTO cases (id, conversation, thread_id, codes, recipients, reason, created_by, created_at, last_seen_at,
                           repeat_count, status, owner, resolution, version, checklist_id, checklist_done)
        VALUES ('{id}', '{conversation}', NULL, '["5.1.1"]', '["jo@example.com"]', 'User unknown', '{owner}', 0, 0,
                0, 'open', '{owner}', NULL, 2, NULL, '[]')
        """;

    /// <summary>Migrates the test's database to <paramref name="version"/> only and runs <paramref name="statements"/> there.</summary>
    private async Task WriteAtSchemaAsync(int version, params string[] statements)
    {
        await using var database = StoreFactory.CreateDatabase(Db.Options, Time);
        var older = new OlderSchemaDialect(database.Dialect, version);
        await new Migrator(older, Time).MigrateAsync(CancellationToken.None);
        await using var connection = await older.OpenAsync(CancellationToken.None);
        foreach (var sql in statements)
        {
            await connection.ExecuteAsync(null, sql, CancellationToken.None);
        }
    }
}
