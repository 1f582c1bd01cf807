using System.Text.Json.Nodes;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

public sealed class SlackManifestTests
{
    private static JsonNode Manifest() => Yaml.Read(Path.Combine(TestData.RepoRoot, "manifests", "slack", "manifest.yml"))!;

    [Fact]
    public void Manifest_IsValidAgainstSlacksSchema()
    {
        var errors = SlackSchema.Validate(Manifest());

        Assert.True(errors.Count == 0, $"against {SlackSchema.V1Path}:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void Manifest_HasTheBotCommandShortcutEventsAndInteractivity()
    {
        var manifest = Manifest();

        Assert.Equal("NdrBot", (string?)manifest["features"]!["bot_user"]!["display_name"]);
        Assert.Equal("/ndr", (string?)manifest["features"]!["slash_commands"]![0]!["command"]);
        var shortcut = manifest["features"]!["shortcuts"]![0]!;
        Assert.Equal(("Explain this bounce", "message", "explain_bounce"),
            ((string?)shortcut["name"], (string?)shortcut["type"], (string?)shortcut["callback_id"]));
        Assert.Equal(["app_mention", "message.im"], Strings(manifest["settings"]!["event_subscriptions"]!["bot_events"]));
        Assert.True((bool)manifest["settings"]!["interactivity"]!["is_enabled"]!);
    }

    [Fact]
    public void Manifest_SocketModeIsTheDefault_AndHttpUrlsAreOnlyDocumented()
    {
        var manifest = Manifest();
        var text = File.ReadAllText(Path.Combine(TestData.RepoRoot, "manifests", "slack", "manifest.yml"));

        Assert.True((bool)manifest["settings"]!["socket_mode_enabled"]!);
        Assert.Null(manifest["settings"]!["event_subscriptions"]!["request_url"]);
        Assert.Null(manifest["settings"]!["interactivity"]!["request_url"]);
        foreach (var path in new[] { "/slack/events", "/slack/commands", "/slack/interactions" })
        {
            Assert.Contains("https://HOST" + path, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Least privilege: exactly the scopes the features above need, and none that read channels or users.</summary>
    [Fact]
    public void Manifest_BotScopes_AreTheLeastThatWork()
    {
        var scopes = Strings(Manifest()["oauth_config"]!["scopes"]!["bot"]);

        Assert.Equal(["app_mentions:read", "chat:write", "commands", "im:history"], scopes);
        Assert.Null(Manifest()["oauth_config"]!["scopes"]!["user"]);
    }

    public static TheoryData<string> Breakages() =>
    [
        "display_information removed (required)",
        "app name over 35 characters",
        "slash command without the leading slash",
        "shortcut of an unknown type",
        "unknown settings property",
        "interactivity without is_enabled",
        "major_version 3 (no schema for it)",
        "major_version 2 with an unknown settings property",
    ];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Schema_BrokenManifest_IsRejected(string breakage)
    {
        var manifest = Manifest();
        switch (breakage)
        {
            case "display_information removed (required)": manifest.AsObject().Remove("display_information"); break;
            case "app name over 35 characters": manifest["display_information"]!["name"] = new string('n', 36); break;
            case "slash command without the leading slash": manifest["features"]!["slash_commands"]![0]!["command"] = "ndr"; break;
            case "shortcut of an unknown type": manifest["features"]!["shortcuts"]![0]!["type"] = "channel"; break;
            case "unknown settings property": manifest["settings"]!["socket_mode"] = true; break;
            case "interactivity without is_enabled": manifest["settings"]!["interactivity"]!.AsObject().Remove("is_enabled"); break;
            case "major_version 3 (no schema for it)": manifest["_metadata"]!["major_version"] = 3; break;
            case "major_version 2 with an unknown settings property": manifest["_metadata"]!["major_version"] = 2; manifest["settings"]!["unknown_v2"] = 1; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }

        Assert.NotEmpty(SlackSchema.Validate(manifest));
    }

    /// <summary>The versioned documents are the real ones: the same app declared as manifest version 2 is read by
    /// Slack's 2.0.0 document (which also knows it), not refused for want of a schema.</summary>
    [Fact]
    public void Manifest_AsMajorVersion2_IsValidAgainstTheVersion2Document()
    {
        var manifest = Manifest();
        manifest["_metadata"]!["major_version"] = 2;

        Assert.Empty(SlackSchema.Validate(manifest));
    }

    private static List<string?> Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string?)n)];
}
