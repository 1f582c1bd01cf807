using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.Building;
using NdrBot.Core.Checks;

namespace NdrBot.Cli.Output;

/// <summary>Live checks as text (one block per check) and as JSON (the stored form, <see cref="ChecksJsonContext"/>).</summary>
internal static class CheckWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Text(string target, IReadOnlyList<CheckResult> checks)
    {
        var text = new StringBuilder().Append("Checks for ").AppendLine(target);
        Append(text, checks, "  ");
        return text.ToString();
    }

    /// <summary>Each check as "KIND subject: verdict", then the detail, the record and the step, indented.</summary>
    public static void Append(StringBuilder text, IEnumerable<CheckResult> checks, string indent)
    {
        foreach (var check in checks)
        {
            text.Append(indent).Append(CheckSections.Label(check.Kind)).Append(' ').Append(check.Subject).Append(": ").AppendLine(CheckSections.Verdict(check.Verdict));
            if (check.Detail is not null)
            {
                text.Append(indent).Append("  ").AppendLine(check.Detail);
            }

            if (check.Record is not null)
            {
                text.Append(indent).Append("  record: ").AppendLine(check.Record);
            }

            text.Append(indent).Append("  -> ").AppendLine(check.Step);
        }
    }

    public static string Json(string target, IReadOnlyList<CheckResult> checks) =>
        new JsonObject { ["target"] = target, ["checks"] = Array(checks) }.ToJsonString(Indented);

    public static JsonArray Array(IEnumerable<CheckResult> checks) =>
        new([.. checks.Select(c => JsonSerializer.SerializeToNode(c, ChecksJsonContext.Default.CheckResult))]);
}
