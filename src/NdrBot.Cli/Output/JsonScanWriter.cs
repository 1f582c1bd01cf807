using System.Buffers;
using System.Text;
using System.Text.Json;
using NdrBot.Cli.Scanning;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

/// <summary>
/// JSON lines for <c>ndrbot scan --json</c>, one object per file:
/// <c>{"file","kind","isBounce","findings":[{"recipient","status","replyCode","reason","permanent","hardBounce","remoteMta","diagnostic","delivery","feedbackType"}]}</c>,
/// or <c>{"file","error"}</c> when the file could not be read. Fields may be added; none is renamed or removed.
/// <c>delivery</c> is the same as <c>explain --format json</c> gives (final, retrying for a delay notice, delivered,
/// unknown); <c>feedbackType</c> is an ARF report's Feedback-Type (abuse, auth-failure…), null on other findings.
/// </summary>
/// <remarks>
/// Note: written with a <see cref="Utf8JsonWriter"/> into one reused buffer, no JSON tree per line (and no
/// reflection, so the Native AOT build needs no serializer metadata). The escaping is the writer's default, the same
/// as <c>JsonNode.ToJsonString()</c> gave before.
/// </remarks>
internal sealed class JsonScanWriter(TextWriter output) : IScanWriter
{
    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    private char[] _chars = new char[4096];

    public Task WriteAsync(ScanResult result, CancellationToken cancellationToken)
    {
        _bytes.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_bytes))
        {
            Write(json, result);
        }

        var needed = Encoding.UTF8.GetMaxCharCount(_bytes.WrittenCount) + 1;
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var count = Encoding.UTF8.GetChars(_bytes.WrittenSpan, _chars);
        _chars[count++] = '\n';
        return output.WriteAsync(_chars.AsMemory(0, count), cancellationToken);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    /// <summary>One result as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, ScanResult result)
    {
        json.WriteStartObject();
        json.WriteString("file", result.File);
        if (result.Report is not { } report)
        {
            json.WriteString("error", result.Error);
            json.WriteEndObject();
            return;
        }

        json.WriteString("kind", Kind(report.Kind));
        json.WriteBoolean("isBounce", report.Kind == ExplanationKind.Bounce);
        json.WriteStartArray("findings");
        foreach (var recipient in report.Recipients)
        {
            WriteFinding(json, recipient);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, FailedRecipient recipient)
    {
        json.WriteStartObject();
        json.WriteString("recipient", recipient.Recipient);
        json.WriteString("status", recipient.Status);
        json.WriteString("replyCode", recipient.ReplyCode);
        json.WriteString("reason", recipient.Reason);
        json.WriteBoolean("permanent", recipient.Permanent);
        json.WriteBoolean("hardBounce", recipient.HardBounce);
        json.WriteString("remoteMta", recipient.RemoteMta);
        json.WriteString("diagnostic", recipient.Diagnostic);
        json.WriteString("delivery", Kebab(recipient.Delivery.ToString()));
        json.WriteString("feedbackType", recipient.FeedbackType);
        json.WriteEndObject();
    }

    private static string Kind(ExplanationKind kind) => Kebab(kind.ToString());

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
