namespace NdrBot.Cards.Model;

/// <summary>Cases opened over the last <see cref="Days"/> days, counted by code and by reason (largest first).</summary>
public sealed record StatsCounts(
    int Days, int Cases, IReadOnlyList<KeyValuePair<string, int>> ByCode, IReadOnlyList<KeyValuePair<string, int>> ByReason);
