namespace NdrBot.Host;

internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Warning, "Teams inbound auth is OFF (Teams:AppId is empty): only loopback callers with loopback serviceUrls are accepted. Set Teams:AppId for a real bot.")]
    public static partial void TeamsAuthOff(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Web chat renderer not found at {Path}; the chat page shows cards as plain text. Run 'npm ci' in src/NdrBot.Host/ClientApp.")]
    public static partial void RendererMissing(ILogger logger, string path);
}
