using System.Text.Json;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests;

public sealed class ExplainCommandTests
{
    public static TheoryData<string> Seed() => [.. SeedCodes.All];

    [Theory]
    [MemberData(nameof(Seed))]
    public async Task Explain_EverySeedCode_AnswersWithMeaningAndSteps(string code)
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", code]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(code, finding.GetProperty("status").GetString());
        var entry = finding.GetProperty("entry");
        Assert.Equal(code, entry.GetProperty("code").GetString());
        Assert.False(entry.GetProperty("inferred").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("meaning").GetString()));
        Assert.NotEmpty(entry.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Explain_Json_FollowsTheContract()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", "@ndrbot", "550", "5.1.1"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("5.1.1", finding.GetProperty("status").GetString());
        Assert.Equal("550", finding.GetProperty("replyCode").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("recipient").ValueKind);
        Assert.True(finding.GetProperty("permanent").GetBoolean());
        var entry = finding.GetProperty("entry");
        foreach (var field in new[] { "code", "title", "meaning", "vendor" })
        {
            Assert.Equal(JsonValueKind.String, entry.GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("checklists").ValueKind);
    }

    /// <summary>A pasted feedback (ARF) report is recognised and said so; it is an answer, not "nothing found".</summary>
    [Fact]
    public async Task Explain_FeedbackReportOnStdin_SaysWhatItIsAndExitsAnswered()
    {
        var arf = await File.ReadAllTextAsync(TestData.PathOf("bounces", "maildir", "bsd", "arf-18.eml"));

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["explain", "-"], arf);

        Assert.Equal(0, exit);
        Assert.Contains("feedback (abuse) report", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("no delivery status code", stderr, StringComparison.Ordinal);
    }

    /// <summary>Issue 17: the code's class ("permanent") and whether the sending server gave up ("delivery") are separate fields.</summary>
    [Fact]
    public async Task Explain_Json_QueueExpiredNdr_IsFinalWithATemporaryCode()
    {
        const string Ndr = "Delivery has failed to these recipients or groups:\n\njane@contoso.example\n\nDiagnostic information for administrators:\n\n"
            + "Generating server: AM6PR01MB1234.eurprd01.prod.outlook.com\n\njane@contoso.example\nRemote Server returned '550 4.4.7 QUEUE.Expired; message expired'\n";

        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", "-"], Ndr);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.False(finding.GetProperty("permanent").GetBoolean());
        Assert.Equal("final", finding.GetProperty("delivery").GetString());
        Assert.Contains("queue.expired", finding.GetProperty("deliveryBasis").GetString(), StringComparison.Ordinal);
        Assert.True(finding.GetProperty("entry").GetProperty("transient").GetBoolean());
    }

    [Fact]
    public async Task Explain_Json_ProviderCode_NamesTheEntryAndWhatChoseIt()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", "TSS04"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("unknown", finding.GetProperty("delivery").GetString());
        var entry = finding.GetProperty("entry");
        Assert.Equal("yahoo", entry.GetProperty("vendor").GetString());
        Assert.Equal("TSS04", entry.GetProperty("matchedBy").GetString());
        Assert.Contains("TSS04", entry.GetProperty("providerCodes").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("telstra")]
    [InlineData("our telstra mass mail is blocked")]
    public async Task Explain_Telstra_ReturnsTheChecklist(string text)
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", text]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var checklist = Assert.Single(json.RootElement.GetProperty("checklists").EnumerateArray());
        Assert.Equal("telstra-mass-mail", checklist.GetProperty("id").GetString());
        Assert.True(checklist.GetProperty("steps").GetArrayLength() >= 5);
    }

    [Fact]
    public async Task Explain_NoArguments_ReadsStdin()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain"], "Remote Server returned '550 5.4.6 routing loop'");

        Assert.Equal(0, exit);
        Assert.Contains("5.4.6", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_DashArgument_ReadsStdin()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json", "-"], "4.2.2");

        Assert.Equal(0, exit);
        Assert.Contains("\"4.2.2\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Text_IsReadable()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "5.4.6"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("5.4.6  ", stdout, StringComparison.Ordinal);
        Assert.Contains("Next steps:", stdout, StringComparison.Ordinal);
        Assert.Contains(" 1. [", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_NothingRecognized_ExitsOneWithMessage()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["explain", "hello there"]);

        Assert.Equal(1, exit);
        Assert.Contains("no delivery status code", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explain", "--format", "xml", "5.4.6")]
    [InlineData("frobnicate")]
    [InlineData("explain", "--format")]
    public async Task UsageError_ExitsTwoWithMessage(params string[] args)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("ndrbot:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_AdaptiveFormat_PrintsTheCardObject()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "adaptive", "5.4.6"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("AdaptiveCard", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", json.RootElement.GetProperty("version").GetString());
        Assert.Contains("5.4.6", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_SlackFormat_PrintsPostMessageBody()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "slack", "-"], "550 5.1.1");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("text").GetString()));
        Assert.NotEmpty(json.RootElement.GetProperty("blocks").EnumerateArray());
    }
}
