using Microsoft.Extensions.FileProviders;

namespace NdrBot.Host.WebChat;

/// <summary>
/// Serves the chat page (wwwroot) and, when npm has installed them, the renderer's browser files from
/// <c>ClientApp/node_modules</c> under <c>/vendor/…</c>. Nothing third-party is committed.
/// </summary>
internal static class WebChatAssets
{
    private static readonly (string Package, string Route)[] Vendored =
    [
        ("adaptivecards/dist", "/vendor/adaptivecards"),
        ("markdown-it/dist", "/vendor/markdown-it"),
    ];

    public static WebApplication UseWebChatAssets(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        foreach (var (package, route) in Vendored)
        {
            var path = Path.Combine(app.Environment.ContentRootPath, "ClientApp", "node_modules", package);
            if (Directory.Exists(path))
            {
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(path), RequestPath = route });
            }
            else
            {
                HostLog.RendererMissing(app.Logger, path);
            }
        }

        return app;
    }
}
