using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Triage;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary><c>@ndrbot cases</c>, <c>case &lt;id&gt;</c>, <c>mine</c> and <c>stats</c>; null for any other text.</summary>
internal sealed class CaseCommands(ICaseStore store, CaseFinder finder, CaseCards cards, TimeProvider time)
{
    public async Task<Answer?> TryAnswerAsync(string text, Asker asker, CancellationToken cancellationToken)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var command = words.Length is 1 or 2 ? words[0].TrimStart('/').ToLowerInvariant() : null;
        return (command, words.Length) switch
        {
            ("cases", 1) => await OpenHereAsync(asker, cancellationToken),
            ("mine", 1) => await MineAsync(asker, cancellationToken),
            ("stats", 1) => await StatsAsync(asker, cancellationToken),
            ("case", 2) => await CaseAsync(words[1], asker, cancellationToken),
            _ => null,
        };
    }

    private async Task<Answer> OpenHereAsync(Asker asker, CancellationToken cancellationToken)
    {
        if (ConversationKey.Of(asker) is not { } conversation)
        {
            return NoConversation("Open cases");
        }

        var cases = await store.ListOpenAsync(conversation.Scope, cancellationToken);
        return TriageAnswers.CaseList("Open cases here", [.. cases.Select(Item)], "No open cases here.");
    }

    private async Task<Answer> MineAsync(Asker asker, CancellationToken cancellationToken)
    {
        if (ConversationKey.Of(asker) is not { } conversation)
        {
            return NoConversation("Your open cases");
        }

        var cases = await store.ListByOwnerAsync(conversation.Scope, Actors.IdsOf(asker), cancellationToken);
        return TriageAnswers.CaseList("Your open cases here", [.. cases.Select(Item)], "You have no open cases here.");
    }

    private async Task<Answer> StatsAsync(Asker asker, CancellationToken cancellationToken)
    {
        if (ConversationKey.Of(asker) is not { } conversation)
        {
            return NoConversation("Bounce stats");
        }

        var stats = await store.StatsAsync(conversation.Scope, time, cancellationToken);
        return TriageAnswers.Stats("in this conversation", [Counts(7, stats.Last7Days), Counts(30, stats.Last30Days)]);
    }

    /// <summary>The case with this code (or key) in the asker's conversation; one of another conversation is answered as missing.</summary>
    private async Task<Answer> CaseAsync(string id, Asker asker, CancellationToken cancellationToken) =>
        await finder.FindAsync(id, asker, cancellationToken) is { } c
            ? await cards.CardAsync(c, asker, cancellationToken)
            : TriageAnswers.CaseList("No such case", [], $"There is no case {PlainText.Clean(id, 64)}. Ask @ndrbot cases for the open ones.");

    private static Answer NoConversation(string title) =>
        TriageAnswers.CaseList(title, [], "Cases belong to a conversation; ask in a channel or chat.");

    private CaseListItem Item(Case c) =>
        new(c.Code, About(c), c.Owner is null ? null : Actors.OwnerName(c), time.GetUtcNow() - c.CreatedAt);

    private static string About(Case c)
    {
        var codes = c.Codes.Count == 0 ? "no code" : string.Join(", ", c.Codes);
        var to = c.Recipients.Count switch { 0 => "", 1 => " to " + c.Recipients[0], var n => $" to {c.Recipients[0]} and {n - 1} more" };
        return c.Reason is null ? codes + to : $"{codes}{to} ({c.Reason})";
    }

    private static StatsCounts Counts(int days, StatsWindow window) =>
        new(days, window.Cases, [.. window.ByCode], [.. window.ByReason]);
}
