using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

/// <summary>
/// The stable JSON contract of <c>ndrbot explain --format json</c>:
/// <c>{"findings":[{"status","replyCode","recipient","reason","permanent","delivery",…,"entry":{…}}],"checklists":[…]}</c>.
/// Fields may be added; none is renamed or removed. <c>permanent</c> is the code's class; <c>delivery</c> (final,
/// retrying, unknown, delivered) is whether the sending server has given up, as the report shows it.
/// </summary>
public static class JsonExplanationWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Explanation explanation, bool indented = true, CheckReport? checks = null) =>
        indented ? ToJson(explanation, checks).ToJsonString(Indented) : ToJson(explanation, checks).ToJsonString();

    /// <summary>With <paramref name="checks"/>, each finding gains <c>checks</c> and the object <c>checkEvidence</c> and <c>checksComplete</c>.</summary>
    public static JsonObject ToJson(Explanation explanation, CheckReport? checks = null)
    {
        var json = new JsonObject
        {
            ["kind"] = Kebab(explanation.Kind.ToString()),
            ["findings"] = new JsonArray([.. explanation.Findings.Select((f, i) => WithChecks(FindingJson(f), checks, i))]),
            ["checklists"] = new JsonArray([.. explanation.Checklists.Select(ChecklistJson)]),
            ["notices"] = new JsonArray([.. explanation.Notices.Select(n => (JsonNode?)JsonValue.Create(n))]),
        };
        if (checks is not null)
        {
            json["checkEvidence"] = JsonSerializer.SerializeToNode(checks.Evidence, ChecksJsonContext.Default.CheckEvidence);
            json["checksComplete"] = checks.Complete;
            json["checkNotices"] = new JsonArray([.. checks.Notices.Select(n => (JsonNode?)JsonValue.Create(n))]);
        }

        return json;
    }

    private static JsonObject WithChecks(JsonObject finding, CheckReport? checks, int index)
    {
        if (checks is not null)
        {
            finding["checks"] = CheckWriter.Array(checks.For(index));
        }

        return finding;
    }

    public static JsonObject FindingJson(Finding finding) => new()
    {
        ["status"] = finding.Status,
        ["replyCode"] = finding.ReplyCode,
        ["recipient"] = finding.Recipient,
        ["reason"] = finding.Reason,
        ["permanent"] = finding.Permanent,
        ["delivery"] = Kebab(finding.Delivery.ToString()),
        ["deliveryBasis"] = finding.DeliveryBasis,
        ["remoteMta"] = finding.RemoteMta,
        ["diagnostic"] = finding.Diagnostic,
        ["entry"] = EntryJson(finding.Lookup),
    };

    private static JsonObject EntryJson(LookupResult lookup)
    {
        var entry = lookup.Entry;
        return new JsonObject
        {
            ["code"] = entry.Code,
            ["title"] = entry.Title,
            ["meaning"] = entry.Meaning,
            ["steps"] = new JsonArray([.. entry.Steps.Select(s => (JsonNode?)JsonValue.Create(s.Text))]),
            ["stepsBy"] = new JsonArray([.. entry.Steps.Select(s => (JsonNode?)new JsonObject { ["who"] = Kebab(s.Who.ToString()), ["text"] = s.Text })]),
            ["vendor"] = Kebab(entry.Vendor.ToString()),
            ["variant"] = entry.Variant.Length == 0 ? null : entry.Variant,
            ["transient"] = entry.Transient,
            ["inferred"] = lookup.Inferred,
            ["inferredFrom"] = lookup.InferredFrom,
            ["matchedBy"] = lookup.MatchedBy,
            ["providerCodes"] = new JsonArray([.. entry.ProviderCodes.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["range"] = entry.Range,
            ["links"] = new JsonArray([.. entry.Links.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["sources"] = new JsonArray([.. entry.Sources.Select(s => (JsonNode?)JsonValue.Create(s))]),
        };
    }

    private static JsonObject ChecklistJson(Checklist checklist) => new()
    {
        ["id"] = checklist.Id,
        ["title"] = checklist.Title,
        ["summary"] = checklist.Summary,
        ["facts"] = new JsonArray([.. checklist.Facts.Select(f => (JsonNode?)new JsonObject { ["label"] = f.Label, ["value"] = f.Value })]),
        ["steps"] = new JsonArray([.. checklist.Steps.Select(s => (JsonNode?)JsonValue.Create(s.Text))]),
    };

    private static string Kebab(string pascal) => JsonNamingPolicy.KebabCaseLower.ConvertName(pascal);
}
