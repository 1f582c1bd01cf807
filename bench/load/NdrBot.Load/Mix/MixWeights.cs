using System.Globalization;

namespace NdrBot.Load.Mix;

/// <summary>Percentages of code questions, short pastes and long pastes; parsed from "60,25,15".</summary>
internal sealed record MixWeights(int Code, int ShortPaste, int LongPaste)
{
    public static readonly MixWeights Default = new(60, 25, 15);

    public int Total => Code + ShortPaste + LongPaste;

    public static MixWeights? Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var weights = new MixWeights(Number(parts[0]), Number(parts[1]), Number(parts[2]));
        return weights.Total > 0 ? weights : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code},{ShortPaste},{LongPaste}");

    private static int Number(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
