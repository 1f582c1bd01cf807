using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Core.Codes;

/// <summary>An inclusive run of detail codes within one class and subject, e.g. <c>5.7.606-5.7.649</c>.</summary>
public readonly record struct CodeRange(StatusCode Start, StatusCode End)
{
    public bool Contains(StatusCode code) =>
        code.Class == Start.Class && code.Subject == Start.Subject && code.Detail is { } detail
        && detail >= Start.Detail && detail <= End.Detail;

    public static bool TryParse([NotNullWhen(true)] string? text, out CodeRange range)
    {
        range = default;
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (dash < 0
            || !StatusCode.TryParse(text![..dash], out var start)
            || !StatusCode.TryParse(text[(dash + 1)..], out var end)
            || start.IsWildcard || end.IsWildcard
            || start.Class != end.Class || start.Subject != end.Subject || start.Detail > end.Detail)
        {
            return false;
        }

        range = new CodeRange(start, end);
        return true;
    }
}
