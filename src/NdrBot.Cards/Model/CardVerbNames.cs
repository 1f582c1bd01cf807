using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Cards.Model;

/// <summary>Wire names of <see cref="CardVerb"/>: <c>claim</c>, <c>take-over</c>, <c>note</c>…</summary>
public static class CardVerbNames
{
    public static string ToWire(this CardVerb verb) => verb switch
    {
        CardVerb.Claim => "claim",
        CardVerb.TakeOver => "take-over",
        CardVerb.Release => "release",
        CardVerb.Note => "note",
        CardVerb.Resolve => "resolve",
        CardVerb.Reopen => "reopen",
        CardVerb.Checklist => "checklist",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    public static bool TryParse(string? wire, [NotNullWhen(true)] out CardVerb? verb)
    {
        verb = wire switch
        {
            "claim" => CardVerb.Claim,
            "take-over" => CardVerb.TakeOver,
            "release" => CardVerb.Release,
            "note" => CardVerb.Note,
            "resolve" => CardVerb.Resolve,
            "reopen" => CardVerb.Reopen,
            "checklist" => CardVerb.Checklist,
            _ => null,
        };
        return verb is not null;
    }

    /// <summary>The button label for a verb.</summary>
    public static string Label(this CardVerb verb) => verb switch
    {
        CardVerb.Claim => "Claim",
        CardVerb.TakeOver => "Take over",
        CardVerb.Release => "Release",
        CardVerb.Note => "Add note",
        CardVerb.Resolve => "Resolve",
        CardVerb.Reopen => "Reopen",
        CardVerb.Checklist => "Save progress",
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };
}
