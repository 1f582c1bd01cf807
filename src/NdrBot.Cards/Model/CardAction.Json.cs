using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NdrBot.Cards.Model;

public sealed partial record CardAction
{
    /// <summary>
    /// The Action.Submit <c>data</c>. Teams merges the card's input values into it under their ids, so a note and
    /// ticked steps arrive as <see cref="NoteInputId"/> and <see cref="StepInputPrefix"/><c>id</c> = "true".
    /// </summary>
    public JsonObject ToJson()
    {
        var data = new JsonObject
        {
            [MarkerKey] = Marker,
            ["verb"] = Verb.ToWire(),
            ["caseId"] = CaseId,
            ["version"] = Version,
        };
        if (Note is not null)
        {
            data[NoteInputId] = Note;
        }

        foreach (var step in Steps)
        {
            data[StepInputPrefix + step] = "true";
        }

        return data;
    }

    /// <summary>Reads submitted data (with merged inputs); false for anything that is not a valid NdrBot action.</summary>
    public static bool TryParse(JsonElement data, [NotNullWhen(true)] out CardAction? action)
    {
        action = null;
        if (data.ValueKind != JsonValueKind.Object
            || !Is(data, MarkerKey, Marker)
            || !data.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String
            || !CardVerbNames.TryParse(verbElement.GetString(), out var verb)
            || !data.TryGetProperty("caseId", out var caseElement) || caseElement.ValueKind != JsonValueKind.String
            || !IsValidId(caseElement.GetString())
            || !data.TryGetProperty("version", out var versionElement) || !TryReadVersion(versionElement, out var version))
        {
            return false;
        }

        var note = verb == CardVerb.Note && data.TryGetProperty(NoteInputId, out var n) && n.ValueKind == JsonValueKind.String
            ? CleanNote(n.GetString())
            : null;
        var steps = verb == CardVerb.Checklist ? TickedSteps(data) : [];
        action = new CardAction { Verb = verb.Value, CaseId = caseElement.GetString()!, Version = version, Note = note, Steps = steps };
        return true;
    }

    private static bool Is(JsonElement data, string key, string value) =>
        data.TryGetProperty(key, out var e) && e.ValueKind == JsonValueKind.String && e.GetString() == value;

    // Note: some clients send numbers as strings after a round trip through their own models; accept both.
    private static bool TryReadVersion(JsonElement element, out int version)
    {
        version = 0;
        var ok = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt32(out version),
            JsonValueKind.String => int.TryParse(element.GetString(), System.Globalization.NumberStyles.None, null, out version),
            _ => false,
        };
        return ok && version >= 0;
    }

    private static List<string> TickedSteps(JsonElement data)
    {
        var steps = new List<string>();
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.StartsWith(StepInputPrefix, StringComparison.Ordinal)
                && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() == "true"
                && IsValidId(property.Name[StepInputPrefix.Length..]) && steps.Count < MaxSteps)
            {
                steps.Add(property.Name[StepInputPrefix.Length..]);
            }
        }

        return steps;
    }
}
