using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Tests.Support;

namespace NdrBot.Slack.Tests.Configuration;

public sealed class SlackOptionsValidatorTests
{
    [Fact]
    public void Validate_NothingConfigured_SlackIsOffAndValid() =>
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions()).Succeeded);

    [Fact]
    public void Validate_BotTokenWithoutSigningSecret_FailsNamingTheSetting()
    {
        var result = new SlackOptionsValidator().Validate(null, new SlackOptions { BotToken = SlackServices.BotToken });

        Assert.True(result.Failed);
        Assert.Contains("Slack:SigningSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SocketModeWithoutSigningSecret_IsValid() =>
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions { BotToken = SlackServices.BotToken, AppToken = SlackServices.AppToken }).Succeeded);

    [Theory]
    [InlineData("xoxp-user-token", null)]
    [InlineData(SlackServices.BotToken, "xoxb-not-an-app-token")]
    public void Validate_WrongTokenKinds_Fail(string botToken, string? appToken) =>
        Assert.True(new SlackOptionsValidator().Validate(null, new SlackOptions { SigningSecret = "s", BotToken = botToken, AppToken = appToken }).Failed);

    [Fact]
    public void Options_SlackConfiguredWithoutSecret_ThrowsAClearErrorOnFirstUse()
    {
        using var services = SlackServices.Build(new() { ["Slack:BotToken"] = SlackServices.BotToken });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SlackOptions>>().Value);
        Assert.Contains("Slack:SigningSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidation_SlackConfiguredWithoutSecret_RefusesToStart()
    {
        using var services = SlackServices.Build(new() { ["Slack:BotToken"] = SlackServices.BotToken });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Slack:SigningSecret", error.Message, StringComparison.Ordinal);
    }
}
