using System.IO.Compression;
using System.Text.Json.Nodes;

namespace NdrBot.Cli.Tests.Infra;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "3f2b6c1e-8a4d-4e5f-9b7a-1c2d3e4f5a6b";
    private const string Host = "ndrbot.example.com";
    private readonly string _folder = Directory.CreateTempSubdirectory("ndrbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TeamsPackage_ValidArguments_WritesManifestAndIconsAtTheZipRoot()
    {
        using var zip = await BuildAsync();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamsPackage_Manifest_IsValidAgainstTheTeams129Schema()
    {
        using var zip = await BuildAsync();
        var manifest = ReadText(zip, "manifest.json");

        var errors = await TeamsSchema.ValidateAsync(manifest);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.DoesNotContain("{{", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_Manifest_CarriesTheAppIdHostBotCommandsAndSearchExtension()
    {
        using var zip = await BuildAsync();
        var manifest = JsonNode.Parse(ReadText(zip, "manifest.json"))!;

        Assert.Equal("1.29", (string?)manifest["manifestVersion"]);
        Assert.Equal(AppId, (string?)manifest["id"]);
        var bot = manifest["bots"]![0]!;
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]).ToList();
        Assert.Equal(["help", "5.4.6", "cases", "mine", "stats", "telstra"], commands);
        var extension = manifest["composeExtensions"]![0]!;
        Assert.Equal(AppId, (string?)extension["botId"]);
        var query = extension["commands"]![0]!;
        Assert.Equal(("code", "query"), ((string?)query["id"], (string?)query["type"]));
        Assert.Equal(Host, (string?)manifest["validDomains"]![0]);
        Assert.Equal("https://" + Host + "/", (string?)manifest["developer"]!["websiteUrl"]);
    }

    [Fact]
    public async Task TeamsPackage_Icons_Are192And32PixelsAndTheOutlineIsTransparent()
    {
        using var zip = await BuildAsync();
        var color = ReadBytes(zip, "color.png");
        var outline = ReadBytes(zip, "outline.png");

        Assert.Equal((192, 192), Size(color));
        var (width, height, depth, colorType) = Png.ReadHeader(outline);
        Assert.Equal((32, 32), (width, height));
        Assert.Equal((8, 6), (depth, colorType)); // colour type 6 = RGBA: there is an alpha channel
        var pixels = Png.Read(outline);
        Assert.Equal(0, pixels[0, 0].A);
        Assert.Equal(0, pixels[31, 31].A);
        Assert.Contains(Enumerable.Range(0, 32 * 32), i => pixels[i % 32, i / 32] is (255, 255, 255, 255));
    }

    [Fact]
    public async Task TeamsPackage_SameArgumentsTwice_GivesTheSameBytes()
    {
        var first = Path.Combine(_folder, "one.zip");
        var second = Path.Combine(_folder, "two.zip");
        await CliRunner.RunAsync(["teams-package", "--app-id", AppId, "--host", Host, "--out", first]);
        await CliRunner.RunAsync(["teams-package", "--app-id", AppId, "--host", Host, "--out", second]);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2b6c1e8a4d4e5f9b7a1c2d3e4f5a6b")]
    [InlineData("{3f2b6c1e-8a4d-4e5f-9b7a-1c2d3e4f5a6b}")]
    [InlineData("")]
    public async Task TeamsPackage_BadAppId_FailsWithExit2AndWritesNothing(string appId)
    {
        var output = Path.Combine(_folder, "out.zip");

        var (exit, _, stderr) = await CliRunner.RunAsync(["teams-package", "--app-id", appId, "--host", Host, "--out", output]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--app-id", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("https://ndrbot.example.com")]
    [InlineData("ndrbot.example.com/api/messages")]
    [InlineData("ndrbot.example.com:3978")]
    [InlineData("localhost")]
    [InlineData("10.0.0.1")]
    [InlineData("-bad.example.com")]
    [InlineData("under_score.example.com")]
    [InlineData("a..example.com")]
    [InlineData("\"quoted\".example.com")]
    public async Task TeamsPackage_BadHost_FailsWithExit2AndSaysWhy(string host)
    {
        var output = Path.Combine(_folder, "out.zip");

        var (exit, _, stderr) = await CliRunner.RunAsync(["teams-package", "--app-id", AppId, "--host", host, "--out", output]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--host", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task TeamsPackage_MissingHost_IsAUsageError()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["teams-package", "--app-id", AppId]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--host", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsPackage_HostInCapitals_IsWrittenInLowerCase()
    {
        using var zip = await BuildAsync(host: "NdrBot.Example.COM");

        var manifest = JsonNode.Parse(ReadText(zip, "manifest.json"))!;
        Assert.Equal(Host, (string?)manifest["validDomains"]![0]);
    }

    private async Task<ZipArchive> BuildAsync(string host = Host)
    {
        var output = Path.Combine(_folder, "sub", "ndrbot-teams.zip");
        var (exit, stdout, stderr) = await CliRunner.RunAsync(["teams-package", "--app-id", AppId, "--host", host, "--out", output]);
        Assert.True(exit == 0, stderr);
        Assert.Contains(output, stdout, StringComparison.Ordinal);
        return ZipFile.OpenRead(output);
    }

    private static (int, int) Size(byte[] png)
    {
        var (width, height, _, _) = Png.ReadHeader(png);
        return (width, height);
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadText(ZipArchive zip, string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(zip, name));
}
