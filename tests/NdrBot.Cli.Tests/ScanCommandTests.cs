using System.Text;
using System.Text.Json;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests;

/// <summary>Each test builds its own temp folder of copied samples, a junk file and a nested folder.</summary>
public sealed class ScanCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ndrbot-scan-").FullName;

    public ScanCommandTests()
    {
        Copy("lhost-postfix-06.eml", "b.eml");
        Copy("lhost-x3-06.eml", "a.eml");
        Directory.CreateDirectory(Path.Combine(_root, "nested"));
        Copy("rhost-franceptt-10.eml", Path.Combine("nested", "c.eml"));
        File.WriteAllBytes(Path.Combine(_root, "junk.txt"), [0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7]);
        File.WriteAllText(Path.Combine(_root, "ignored.bin"), "not scanned");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Scan_JsonFolder_OneParsableLinePerFileInSortedOrder()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["scan", "--json", _root]);

        Assert.Equal(0, exit);
        var lines = Lines(stdout);
        Assert.Equal(["a.eml", "b.eml", "junk.txt", Path.Combine("nested", "c.eml")], lines.Select(l => Path.GetRelativePath(_root, l.GetProperty("file").GetString()!)));
        var first = lines[0];
        Assert.True(first.GetProperty("isBounce").GetBoolean());
        Assert.Equal("bounce", first.GetProperty("kind").GetString());
        var finding = Assert.Single(first.GetProperty("findings").EnumerateArray());
        Assert.Equal("xxxx@xxxx.net", finding.GetProperty("recipient").GetString());
        Assert.Equal("5.2.2", finding.GetProperty("status").GetString());
        Assert.Equal("552", finding.GetProperty("replyCode").GetString());
        Assert.Equal("mailboxfull", finding.GetProperty("reason").GetString());
        Assert.True(finding.GetProperty("permanent").GetBoolean());
        Assert.Contains("Over quota", finding.GetProperty("diagnostic").GetString(), StringComparison.Ordinal);
        Assert.False(lines[2].GetProperty("isBounce").GetBoolean());
        Assert.Empty(lines[2].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task Scan_UnreadableFile_WritesErrorLineAndKeepsGoing()
    {
        // Note: a dangling link is listed like any file but cannot be opened, whoever runs the tests (root reads 000 files).
        File.CreateSymbolicLink(Path.Combine(_root, "aa-dangling.eml"), Path.Combine(_root, "gone.eml"));

        var (exit, stdout, _) = await CliRunner.RunAsync(["scan", "--json", _root]);

        Assert.Equal(0, exit);
        var lines = Lines(stdout);
        Assert.Equal(5, lines.Count);
        Assert.Equal("aa-dangling.eml", Path.GetFileName(lines[1].GetProperty("file").GetString()));
        Assert.False(string.IsNullOrEmpty(lines[1].GetProperty("error").GetString()));
        Assert.True(lines[2].GetProperty("isBounce").GetBoolean());
    }

    [Fact]
    public async Task FileScanner_FolderGivenAsFile_ReportsErrorField()
    {
        var result = new Scanning.FileScanner(new Core.Bounces.BounceAnalyzer(), Core.Bounces.BounceAnalyzerOptions.Default)
            .Scan(new Scanning.ScanTarget(Path.Combine(_root, "nested")));

        Assert.Null(result.Report);
        Assert.False(string.IsNullOrEmpty(result.Error));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Output.JsonScanWriter.Write(writer, result);
        }

        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
        Assert.False(json.RootElement.TryGetProperty("findings", out _));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Scan_Table_WritesRowsAndReasonSummary()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["scan", _root]);

        Assert.Equal(0, exit);
        Assert.Contains("xxxx@xxxx.net", stdout, StringComparison.Ordinal);
        Assert.Contains("4 files scanned, 3 bounces, 0 unreadable.", stdout, StringComparison.Ordinal);
        Assert.Contains("mailboxfull", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("/no/such/folder/anywhere")]
    public async Task Scan_NoOrMissingPath_IsUsageError(params string[] paths)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["scan", .. paths]);

        Assert.Equal(2, exit);
        Assert.StartsWith("ndrbot scan:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_EmlOnStdin_FillsRecipientAndRemoteFields()
    {
        var eml = File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", "rhost-franceptt-10.eml"));

        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json"], Encoding.Latin1.GetString(eml));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("xxxx@laposte.net", finding.GetProperty("recipient").GetString());
        Assert.Equal("550", finding.GetProperty("replyCode").GetString());
        Assert.Equal("blocked", finding.GetProperty("reason").GetString());
        Assert.True(finding.GetProperty("permanent").GetBoolean());
        Assert.Equal("smtpz4.laposte.net", finding.GetProperty("remoteMta").GetString());
        Assert.Contains("Service refuse", finding.GetProperty("diagnostic").GetString(), StringComparison.Ordinal);
    }

    // An ARF report's finding names its Feedback-Type in a field of its own; other findings have it null.
    [Fact]
    public async Task Scan_JsonFeedbackReport_CarriesTheFeedbackType()
    {
        Copy("arf-18.eml", "d-arf.eml");

        var (_, stdout, _) = await CliRunner.RunAsync(["scan", "--json", Path.Combine(_root, "d-arf.eml"), Path.Combine(_root, "b.eml")]);

        var lines = Lines(stdout);
        var feedback = Assert.Single(lines[0].GetProperty("findings").EnumerateArray());
        Assert.Equal(("feedback", "feedback", "auth-failure"),
            (lines[0].GetProperty("kind").GetString(), feedback.GetProperty("reason").GetString(), feedback.GetProperty("feedbackType").GetString()));
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("findings")[0].GetProperty("feedbackType").ValueKind);
    }

    // A delay notice stays kind "bounce"; its findings say "retrying" in scan exactly as explain says it.
    [Theory]
    [InlineData("lhost-sendmail-29.eml", "retrying")]
    [InlineData("rhost-outlook-06.eml", "retrying")]
    [InlineData("lhost-postfix-06.eml", "final")]
    public async Task Scan_JsonDeliveryState_AgreesWithExplain(string sample, string expected)
    {
        Copy(sample, "e-" + sample);
        var path = Path.Combine(_root, "e-" + sample);

        var (_, scanned, _) = await CliRunner.RunAsync(["scan", "--json", path]);
        var (_, explained, _) = await CliRunner.RunAsync(["explain", "--format", "json"], await File.ReadAllTextAsync(path, Encoding.Latin1));

        var line = Assert.Single(Lines(scanned));
        Assert.Equal("bounce", line.GetProperty("kind").GetString());
        var scanDelivery = line.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("delivery").GetString());
        var explainDelivery = JsonDocument.Parse(explained).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("delivery").GetString());
        Assert.Equal([expected], scanDelivery.Distinct());
        Assert.Equal(scanDelivery, explainDelivery);
    }

    private static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private void Copy(string sample, string target) =>
        File.Copy(TestData.PathOf("bounces", "maildir", "bsd", sample), Path.Combine(_root, target));
}
