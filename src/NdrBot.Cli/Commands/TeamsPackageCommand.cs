using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NdrBot.Cli.Commands;

/// <summary>
/// <c>ndrbot teams-package --app-id GUID --host HOSTNAME [--out ndrbot-teams.zip]</c>: fills the Teams manifest
/// template (manifests/teams/, embedded in this assembly) and writes the sideloadable zip with manifest.json,
/// color.png and outline.png at its root.
/// </summary>
internal static class TeamsPackageCommand
{
    public const string AppIdPlaceholder = "{{APP_ID}}";
    public const string HostPlaceholder = "{{HOST_NAME}}";
    public const string DefaultOut = "ndrbot-teams.zip";

    /// <summary>The files of the package, each with the name of the embedded resource it comes from.</summary>
    private static readonly (string Entry, string Resource)[] Files =
    [
        ("manifest.json", "NdrBot.Cli.Teams.manifest.json"),
        ("color.png", "NdrBot.Cli.Teams.color.png"),
        ("outline.png", "NdrBot.Cli.Teams.outline.png"),
    ];

    // Note: a fixed entry time makes the zip a function of its inputs, so two runs give the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Command Create(CliIo io)
    {
        var appId = new Option<string>("--app-id")
        {
            Description = "The bot's Microsoft App ID (a GUID, from the Azure Bot resource).",
            Required = true,
        };
        var host = new Option<string>("--host")
        {
            Description = "The public host name NdrBot answers on, e.g. ndrbot.example.com (no https://, no path).",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The zip to write.",
            DefaultValueFactory = _ => DefaultOut,
        };
        var command = new Command("teams-package", "Build the Teams app package (manifest.json and icons) to sideload.")
        {
            appId, host, output,
        };
        command.SetAction((parse, ct) =>
            RunAsync(io, parse.GetValue(appId)!, parse.GetValue(host)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliIo io, string appId, string host, string output, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(appId.Trim(), "D", out var id))
        {
            return await FailAsync(io, $"--app-id '{appId}' is not a GUID like 00000000-0000-0000-0000-000000000000.");
        }

        var hostError = CheckHostName(host);
        if (hostError is not null)
        {
            return await FailAsync(io, $"--host '{host}' {hostError}");
        }

        var manifest = FillManifest(id, host.Trim().ToLowerInvariant());
        try
        {
            var path = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await WritePackageAsync(file, manifest, cancellationToken);
            await io.Stdout.WriteLineAsync($"wrote {path} (manifest.json, color.png, outline.png) for app {id} on {host}");
            return CliApp.Answered;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return await FailAsync(io, $"cannot write --out '{output}': {e.Message}");
        }
    }

    /// <summary>Null when <paramref name="host"/> is a DNS host name with at least two labels; else why not.</summary>
    internal static string? CheckHostName(string host)
    {
        var value = host.Trim();
        if (value.Contains("://", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal))
        {
            return "must be a host name alone, without a scheme or path (e.g. ndrbot.example.com).";
        }

        if (value.Contains(':', StringComparison.Ordinal))
        {
            return "must not carry a port: Teams reaches the bot on https (443).";
        }

        var labels = value.Split('.');
        if (value.Length > 253 || labels.Length < 2 || Uri.CheckHostName(value) != UriHostNameType.Dns)
        {
            return "is not a public DNS host name (e.g. ndrbot.example.com).";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return $"has an invalid label '{label}' (letters, digits and inner hyphens, 1 to 63 characters).";
            }
        }

        return char.IsAsciiDigit(labels[^1][0]) ? "is an IP address; Teams needs a DNS host name." : null;
    }

    /// <summary>The manifest template with its placeholders replaced; the values are checked, so no escaping is needed.</summary>
    internal static string FillManifest(Guid appId, string host)
    {
        var template = Encoding.UTF8.GetString(ReadResource(Files[0].Resource));
        var filled = template
            .Replace(AppIdPlaceholder, appId.ToString("D"), StringComparison.Ordinal)
            .Replace(HostPlaceholder, host, StringComparison.Ordinal);
        if (filled.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The Teams manifest template has a placeholder this command does not fill.");
        }

        using var parsed = JsonDocument.Parse(filled);
        return filled;
    }

    internal static async Task WritePackageAsync(Stream destination, string manifest, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (entryName, resource) in Files)
        {
            var bytes = entryName == Files[0].Entry ? Encoding.UTF8.GetBytes(manifest) : ReadResource(resource);
            var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            await using var stream = await entry.OpenAsync(cancellationToken);
            await stream.WriteAsync(bytes, cancellationToken);
        }
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(TeamsPackageCommand).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static async Task<int> FailAsync(CliIo io, string message)
    {
        await io.Stderr.WriteLineAsync("ndrbot teams-package: " + message);
        return CliApp.UsageError;
    }
}
