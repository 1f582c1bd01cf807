using Microsoft.AspNetCore.Hosting;

namespace NdrBot.Host.Tests.Support;

/// <summary>
/// Test hosts run without live DNS checks unless a test asks for them (<c>Diagnostics:Dns:*</c>): they would ask the
/// machine's resolver and update cards behind the test's back. The checks' own tests point them at the test DNS server.
/// </summary>
internal static class LiveChecksOff
{
    public const string Key = "Diagnostics:Dns:Enabled";

    public static void UnlessAsked(IWebHostBuilder builder, IEnumerable<string> settings)
    {
        if (!settings.Any(k => k.StartsWith("Diagnostics:Dns", StringComparison.OrdinalIgnoreCase)))
        {
            builder.UseSetting(Key, "false");
        }
    }
}
