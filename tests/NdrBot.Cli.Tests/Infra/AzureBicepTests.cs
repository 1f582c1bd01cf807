using System.Diagnostics;
using System.Reflection;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// infra/azure/main.bicep compiles with the Bicep CLI from NuGet (resource types and properties checked offline,
/// warnings included), and has the parts issue 8 asks for. Deploying it needs Azure, which is not here.
/// </summary>
public sealed class AzureBicepTests
{
    [Fact]
    public async Task Bicep_BuildsWithoutErrorsOrWarnings()
    {
        var bicep = typeof(AzureBicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(bicep), $"Bicep CLI not restored at {bicep}");
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("the Bicep CLI package referenced is the linux-x64 one");
        }

        File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(bicep, ["build", InfraFiles.PathOf("infra", "azure", "main.bicep"), "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0 && (await stderr).Length == 0, await stderr);
        Assert.Contains("\"Microsoft.BotService/botServices\"", await stdout, StringComparison.Ordinal);
    }

    private static string Bicep => File.ReadAllText(InfraFiles.PathOf("infra", "azure", "main.bicep"));

    [Theory]
    [InlineData("'Microsoft.BotService/botServices@")]
    [InlineData("'Microsoft.BotService/botServices/channels@")]
    [InlineData("'Microsoft.App/managedEnvironments@")]
    [InlineData("'Microsoft.App/containerApps@")]
    [InlineData("'Microsoft.DBforPostgreSQL/flexibleServers@")]
    [InlineData("'Microsoft.DBforPostgreSQL/flexibleServers/databases@")]
    public void Bicep_DeclaresTheResource(string type)
    {
        Assert.Contains("resource ", Bicep, StringComparison.Ordinal);
        Assert.Contains(type, Bicep, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msaAppType: 'SingleTenant'")]
    [InlineData("channelName: 'MsTeamsChannel'")]
    [InlineData("isEnabled: true")]
    [InlineData("var port = 3978")]
    [InlineData("targetPort: port")]
    [InlineData("/api/messages'")]
    [InlineData("path: '/healthz'")]
    [InlineData("path: '/readyz'")]
    [InlineData("minReplicas: 2")]
    [InlineData("{ name: 'Storage__Provider', value: 'postgres' }")]
    [InlineData("{ name: 'Storage__ConnectionString', secretRef: 'storage-connection-string' }")]
    public void Bicep_Configures(string fragment) => Assert.Contains(fragment, Bicep, StringComparison.Ordinal);

    [Theory]
    [InlineData("botName")]
    [InlineData("appName")]
    [InlineData("environmentName")]
    [InlineData("postgresServerName")]
    [InlineData("image")]
    [InlineData("teamsAppId")]
    public void Bicep_TakesTheNameAsAParameter(string name) =>
        Assert.Matches($@"(?m)^param {name} string", Bicep);

    [Theory]
    [InlineData("teamsAppPassword")]
    [InlineData("postgresAdminPassword")]
    [InlineData("slackBotToken")]
    [InlineData("slackAppToken")]
    [InlineData("slackSigningSecret")]
    public void Bicep_SecretParameters_AreMarkedSecure(string name) =>
        Assert.Matches($@"@secure\(\)\s*\nparam {name} string", Bicep);
}
