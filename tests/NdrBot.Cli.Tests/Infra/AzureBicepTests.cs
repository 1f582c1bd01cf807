namespace NdrBot.Cli.Tests.Infra;

/// <summary>Text checks of infra/azure/main.bicep (no Bicep compiler or Azure here): the parts issue 8 asks for.</summary>
public sealed class AzureBicepTests
{
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
