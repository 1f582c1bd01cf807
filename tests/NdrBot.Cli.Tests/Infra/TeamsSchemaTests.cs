using System.Text.Json.Nodes;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>Proves the Teams schema check can fail: each broken manifest must be rejected for the right reason.</summary>
public sealed class TeamsSchemaTests
{
    private static JsonNode ValidManifest() =>
        JsonNode.Parse(Commands.TeamsPackageCommand.FillManifest(Guid.Parse("3f2b6c1e-8a4d-4e5f-9b7a-1c2d3e4f5a6b"), "ndrbot.example.com"))!;

    public static TheoryData<string, string> Breakages() => new()
    {
        { "developer removed (required)", "developer" },
        { "botId not a GUID (pattern)", "bots" },
        { "unknown top-level property (additionalProperties: false)", "colour" },
        { "name.short over 30 characters (maxLength)", "name" },
        { "bot scope not in the enum", "bots" },
        { "two compose extensions (maxItems 1)", "composeExtensions" },
        { "accentColor not #rrggbb", "accentColor" },
        { "placeholder left unfilled", "id" },
        { "manifestVersion other than 1.29 (const)", "manifestVersion" },
    };

    [Fact]
    public async Task Validate_TheGeneratedManifest_HasNoErrors()
    {
        Assert.Empty(await TeamsSchema.ValidateAsync(ValidManifest().ToJsonString()));
    }

    /// <summary>The draft-06+ keywords NJsonSchema skips occur where <see cref="TeamsSchema"/> says they do.</summary>
    [Fact]
    public void Schema_LaterKeywordsNJsonSchemaSkips_AreOnlyWhereExpected()
    {
        Assert.Equal(1, TeamsSchema.CountKeyword("const"));
        Assert.Equal(1, TeamsSchema.CountKeyword("if"));
        Assert.Equal(1, TeamsSchema.CountKeyword("then"));
        Assert.Equal(0, TeamsSchema.CountKeyword("else"));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Validate_BrokenManifest_IsRejected(string breakage, string pathFragment)
    {
        var manifest = ValidManifest();
        Break(manifest, breakage);

        var errors = await TeamsSchema.ValidateAsync(manifest.ToJsonString());

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(pathFragment, StringComparison.Ordinal));
    }

    private static void Break(JsonNode manifest, string breakage)
    {
        var root = manifest.AsObject();
        switch (breakage)
        {
            case "developer removed (required)": root.Remove("developer"); break;
            case "botId not a GUID (pattern)": root["bots"]![0]!["botId"] = "ndrbot"; break;
            case "unknown top-level property (additionalProperties: false)": root["colour"] = "blue"; break;
            case "name.short over 30 characters (maxLength)": root["name"]!["short"] = new string('n', 31); break;
            case "bot scope not in the enum": root["bots"]![0]!["scopes"]![0] = "channel"; break;
            case "two compose extensions (maxItems 1)":
                root["composeExtensions"]!.AsArray().Add(root["composeExtensions"]![0]!.DeepClone()); break;
            case "accentColor not #rrggbb": root["accentColor"] = "blue"; break;
            case "placeholder left unfilled": root["id"] = "{{APP_ID}}"; break;
            case "manifestVersion other than 1.29 (const)": root["manifestVersion"] = "1.28"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }
}
