using System.Text.Json;
using NdrBot.Triage.Cases;
using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>Issue 19: a case keeps its live DNS checks in its details, next to its findings.</summary>
public abstract partial class CaseStoreTests
{
    private static readonly CaseDetails Found = new()
    {
        Kind = "bounce",
        Findings = [new CaseFinding { Code = "5.7.26", Status = "5.7.26", Recipient = "bob@fabrikam.example", Reason = "authfailure" }],
    };

    private static JsonElement Checks(string verdict) =>
        JsonDocument.Parse($$"""{"findings":[{"finding":0,"checks":[{"kind":"spf","subject":"contoso.test","verdict":"{{verdict}}","step":"s"}]}],"complete":true}""").RootElement;

    [Fact]
    public async Task SaveChecks_OpenedCase_KeepsThemWithTheFindings_AndTheVersion()
    {
        var opened = await OpenAsync(Bounce() with { Details = Found });

        var saved = await Store.SaveChecksAsync(opened.Id, Checks("fail"));
        await RestartAsync();

        Assert.True(saved);
        var stored = (await Store.GetAsync(opened.Id))!;
        Assert.True(CaseComparer.DetailsEqual(Found, stored.Details));
        Assert.Equal("fail", stored.Details!.Checks!.Value.GetProperty("findings")[0].GetProperty("checks")[0].GetProperty("verdict").GetString());
        Assert.Equal(opened.Version, stored.Version);
        Assert.Single(await Store.HistoryAsync(opened.Id));
    }

    [Fact]
    public async Task SaveChecks_Again_ReplacesTheEarlierOnes()
    {
        var opened = await OpenAsync(Bounce() with { Details = Found });
        await Store.SaveChecksAsync(opened.Id, Checks("fail"));

        await Store.SaveChecksAsync(opened.Id, Checks("pass"));

        var checks = (await Store.GetAsync(opened.Id))!.Details!.Checks!.Value;
        Assert.Equal("pass", checks.GetProperty("findings")[0].GetProperty("checks")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task SaveChecks_DetailsWithFieldsNotKnownYet_KeepsThem()
    {
        await WriteAtSchemaAsync(
            9,
            LegacyCaseSql("C-FUT1", Channel, "Alex Wilber"),
            """UPDATE cases SET details = '{"kind":"bounce","findings":[{"code":"5.1.1","later":1}],"future":{"x":[1,2]}}' WHERE id = 'C-FUT1'""");

        Assert.True(await Store.SaveChecksAsync("C-FUT1", Checks("fail")));

        using var raw = JsonDocument.Parse(await DetailsColumnAsync("C-FUT1"));
        Assert.Equal("[1,2]", raw.RootElement.GetProperty("future").GetProperty("x").GetRawText());
        Assert.Equal(1, raw.RootElement.GetProperty("findings")[0].GetProperty("later").GetInt32());
        Assert.True(raw.RootElement.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task SaveChecks_NoSuchCase_OrCaseFromBeforeDetails_IsFalseAndChangesNothing()
    {
        await WriteAtSchemaAsync(9, LegacyCaseSql("C-OLD7", Channel, "Alex Wilber"));

        var missing = await Store.SaveChecksAsync("case-nosuchcase", Checks("fail"));
        var legacy = await Store.SaveChecksAsync("C-OLD7", Checks("fail"));

        Assert.False(missing);
        Assert.False(legacy);
        Assert.Null((await Store.GetAsync("C-OLD7"))!.Details);
    }

    private async Task<string> DetailsColumnAsync(string caseId)
    {
        await using var database = StoreFactory.CreateDatabase(Db.Options, Time);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(null, "SELECT details FROM cases WHERE id = @id", ("@id", caseId));
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
