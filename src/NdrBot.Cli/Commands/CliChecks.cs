using System.Collections;
using NdrBot.Core.Checks;

namespace NdrBot.Cli.Commands;

/// <summary>
/// The live checks for the command line, with the host's <c>Diagnostics:Dns</c> settings read from environment
/// variables (<c>Diagnostics__Dns__Servers=127.0.0.1:5353</c>).
/// </summary>
internal static class CliChecks
{
    /// <summary>The checker, or null after writing why the settings can't be used.</summary>
    public static async Task<LiveChecks?> CreateAsync(CliIo io, string command)
    {
        var result = DnsCheckSettingsReader.Read(Environment(io));
        if (result.Settings is null)
        {
            foreach (var error in result.Errors)
            {
                await io.Stderr.WriteLineAsync($"ndrbot {command}: {error}");
            }

            return null;
        }

        if (!result.Settings.Enabled)
        {
            await io.Stderr.WriteLineAsync($"ndrbot {command}: live checks are turned off (Diagnostics:Dns:Enabled=false).");
            return null;
        }

        return new LiveChecks(result.Settings, TimeProvider.System);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Environment(CliIo io) =>
        io.Environment ?? System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => KeyValuePair.Create((string)e.Key, (string?)e.Value));
}
