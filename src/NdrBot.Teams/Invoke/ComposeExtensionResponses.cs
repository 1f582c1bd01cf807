using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Building;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Teams.Invoke;

/// <summary>
/// Answers <c>composeExtension/query</c> (brief A4): the code cards found, each with a thumbnail preview.
/// A card over the 28 KB message-extension limit is left out rather than sent.
/// </summary>
public static class ComposeExtensionResponses
{
    public const string CommandId = "code";
    public const int MaxCardBytes = 28 * 1024;
    private const string ThumbnailType = "application/vnd.microsoft.card.thumbnail";
    private const int PreviewChars = 160;

    public static TeamsTurnResult Query(JsonElement? value, CodeSearch search)
    {
        if (value is not { ValueKind: JsonValueKind.Object } query)
        {
            return TeamsTurnResult.BadRequest;
        }

        var (skip, count) = Paging(query);
        var attachments = new JsonArray();
        foreach (var explanation in search.Find(SearchText(query), skip, count))
        {
            if (Attachment(explanation) is { } attachment)
            {
                attachments.Add(attachment);
            }
        }

        return new TeamsTurnResult(200, new JsonObject
        {
            ["composeExtension"] = new JsonObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = attachments,
            },
        });
    }

    public static string? SearchText(JsonElement query)
    {
        if (!query.TryGetProperty("parameters", out var parameters) || parameters.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var parameter in parameters.EnumerateArray())
        {
            if (parameter.ValueKind == JsonValueKind.Object
                && parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() is CommandId or "searchText"
                && parameter.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString();
            }
        }

        return null;
    }

    private static (int Skip, int Count) Paging(JsonElement query)
    {
        if (!query.TryGetProperty("queryOptions", out var options) || options.ValueKind != JsonValueKind.Object)
        {
            return (0, CodeSearch.MaxResults);
        }

        var skip = options.TryGetProperty("skip", out var s) && s.TryGetInt32(out var sv) ? sv : 0;
        var count = options.TryGetProperty("count", out var c) && c.TryGetInt32(out var cv) ? cv : CodeSearch.MaxResults;
        return (skip, count);
    }

    private static JsonObject? Attachment(Explanation explanation)
    {
        var answer = AnswerBuilder.FromExplanation(explanation);
        var card = AdaptiveCardRenderer.Render(answer);
        if (Encoding.UTF8.GetByteCount(card.ToJsonString()) > MaxCardBytes)
        {
            return null;
        }

        var summary = answer.Summary;
        return new JsonObject
        {
            ["contentType"] = InvokeResponses.CardType,
            ["content"] = card,
            ["preview"] = new JsonObject
            {
                ["contentType"] = ThumbnailType,
                ["content"] = new JsonObject
                {
                    ["title"] = answer.Title,
                    ["text"] = summary.Length > PreviewChars ? summary[..PreviewChars] + "…" : summary,
                },
            },
        };
    }
}
