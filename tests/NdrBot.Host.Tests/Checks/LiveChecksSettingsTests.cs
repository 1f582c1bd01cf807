using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Checks;

/// <summary>Wrong <c>Diagnostics:Dns</c> settings stop the host at start, naming the setting; they are never guessed at.</summary>
public sealed class LiveChecksSettingsTests
{
    [Theory]
    [InlineData("Diagnostics:Dns:Servers", "dns.example.com", "Diagnostics:Dns:Servers")]
    [InlineData("Diagnostics:Dns:BudgetMs", "forever", "Diagnostics:Dns:BudgetMs")]
    [InlineData("Diagnostics:Dns:QueueCapacity", "0", "QueueCapacity")]
    public void Start_BadSetting_RefusesToStartAndSaysWhich(string key, string value, string named)
    {
        using var app = new NdrBotApp(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
