using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cli.Scanning;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

/// <summary>
/// JSON lines for <c>ndrbot scan --json</c>, one object per file:
/// <c>{"file","kind","isBounce","findings":[{"recipient","status","replyCode","reason","permanent","remoteMta","diagnostic"}]}</c>,
/// or <c>{"file","error"}</c> when the file could not be read. Fields may be added; none is renamed or removed.
/// </summary>
internal sealed class JsonScanWriter(TextWriter output) : IScanWriter
{
    public async Task WriteAsync(ScanResult result, CancellationToken cancellationToken)
    {
        var line = ToJson(result).ToJsonString(JsonSerializerOptions.Default);
        await output.WriteLineAsync(line.AsMemory(), cancellationToken);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    public static JsonObject ToJson(ScanResult result)
    {
        if (result.Report is not { } report)
        {
            return new JsonObject { ["file"] = result.File, ["error"] = result.Error };
        }

        return new JsonObject
        {
            ["file"] = result.File,
            ["kind"] = JsonNamingPolicy.KebabCaseLower.ConvertName(report.Kind.ToString()),
            ["isBounce"] = report.Kind == ExplanationKind.Bounce,
            ["findings"] = new JsonArray([.. report.Recipients.Select(FindingJson)]),
        };
    }

    private static JsonObject FindingJson(FailedRecipient recipient) => new()
    {
        ["recipient"] = recipient.Recipient,
        ["status"] = recipient.Status,
        ["replyCode"] = recipient.ReplyCode,
        ["reason"] = recipient.Reason,
        ["permanent"] = recipient.Permanent,
        ["hardBounce"] = recipient.HardBounce,
        ["remoteMta"] = recipient.RemoteMta,
        ["diagnostic"] = recipient.Diagnostic,
    };
}
