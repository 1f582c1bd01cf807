using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NdrBot.Cli.Tests.Infra;

public sealed partial class DockerTests
{
    [Fact]
    public void Dockerfile_IsMultiStage_FromTheSdkToTheAspNetRuntime10()
    {
        var froms = InfraFiles.DockerInstructions().Where(i => i.Instruction == "FROM").Select(i => i.Arguments).ToList();

        Assert.Equal(2, froms.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", froms[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_ExposedPortAndHttpPorts_AreTheHostDefault3978()
    {
        var instructions = InfraFiles.DockerInstructions();

        Assert.Equal(InfraFiles.HostPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single(instructions, i => i.Instruction == "EXPOSE").Arguments);
        var env = string.Join(' ', instructions.Where(i => i.Instruction == "ENV").Select(i => i.Arguments));
        Assert.Matches(@"(^|\s)ASPNETCORE_HTTP_PORTS=3978(\s|$)", env);
    }

    [Fact]
    public void Dockerfile_EntrypointRunsTheHostDll()
    {
        var entrypoint = Assert.Single(InfraFiles.DockerInstructions(), i => i.Instruction == "ENTRYPOINT").Arguments;

        Assert.Equal(["dotnet", "NdrBot.Host.dll"], JsonSerializer.Deserialize<string[]>(entrypoint) ?? []);
    }

    [Fact]
    public void Dockerfile_RunsAsNonRootAfterTheLastFrom()
    {
        var instructions = InfraFiles.DockerInstructions();
        var lastFrom = instructions.ToList().FindLastIndex(i => i.Instruction == "FROM");
        var user = instructions.Skip(lastFrom).Last(i => i.Instruction == "USER").Arguments;

        Assert.False(user is "root" or "0" or "0:0" || user.StartsWith("root:", StringComparison.Ordinal), user);
    }

    /// <summary>The Alpine runtime image's busybox has wget; the Debian/Ubuntu ones have neither wget nor curl.</summary>
    [Fact]
    public void Dockerfile_HealthCheck_GetsHealthzWithAToolTheRuntimeImageHas()
    {
        var instructions = InfraFiles.DockerInstructions();
        var health = Assert.Single(instructions, i => i.Instruction == "HEALTHCHECK").Arguments;

        Assert.Contains("/healthz", health, StringComparison.Ordinal);
        Assert.Contains("wget", health, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", health, StringComparison.Ordinal);
        Assert.Contains("-alpine", instructions.Last(i => i.Instruction == "FROM").Arguments, StringComparison.Ordinal);
    }

    /// <summary>Settings come from the environment: no secret-looking setting has a value baked into the image.</summary>
    [Fact]
    public void Dockerfile_BakesInNoCredentials()
    {
        var env = string.Join(' ', InfraFiles.DockerInstructions().Where(i => i.Instruction is "ENV" or "ARG").Select(i => i.Arguments));

        Assert.DoesNotMatch("(?i)(Teams__|Slack__|Password|ConnectionString|Token|Secret)", env);
    }

    [Fact]
    public void Compose_HasTwoBotReplicasAndPostgres()
    {
        var services = Yaml.Read(InfraFiles.PathOf("infra", "docker", "compose.yaml"))!["services"]!.AsObject();

        var bots = services.Where(s => s.Value!["build"]?["dockerfile"]?.GetValue<string>() == "infra/docker/Dockerfile").ToList();
        Assert.Equal(2, bots.Count);
        Assert.StartsWith("postgres:", (string?)services["postgres"]!["image"], StringComparison.Ordinal);
        foreach (var (name, bot) in bots)
        {
            var env = bot!["environment"]!;
            Assert.True((string?)env["Storage__Provider"] == "postgres", name);
            Assert.Contains("Host=postgres", (string?)env["Storage__ConnectionString"], StringComparison.Ordinal);
            Assert.NotNull(bot["depends_on"]!["postgres"]);
            Assert.EndsWith(":3978", (string?)bot["ports"]![0], StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The image sets ASPNETCORE_HTTP_PORTS, which ASP.NET Core ignores when a <c>Urls</c> setting exists; a
    /// <c>Urls</c> in the host's appsettings.json would also bind only localhost, so the container could not be reached.
    /// </summary>
    [Fact]
    public void HostAppSettings_SetNoUrls_SoTheImagePortApplies()
    {
        var path = InfraFiles.PathOf("src", "NdrBot.Host", "appsettings.json");
        if (!File.Exists(path))
        {
            return; // Note: the host is not on this branch yet; the check bites once it is.
        }

        var settings = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        Assert.DoesNotContain(settings.AsObject(), kv => kv.Key.Equals("Urls", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HostLaunchSettings_UseTheSamePort()
    {
        var path = InfraFiles.PathOf("src", "NdrBot.Host", "Properties", "launchSettings.json");
        if (!File.Exists(path))
        {
            return; // Note: as above, until the host is merged.
        }

        Assert.All(PortInUrl().Matches(File.ReadAllText(path)), m => Assert.Equal("3978", m.Groups[1].Value));
    }

    [GeneratedRegex(@"https?://[^:/""]+:(\d+)")]
    private static partial Regex PortInUrl();
}
