using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NdrBot.Core.Codes;

/// <summary>
/// An RFC 3463 enhanced status code <c>class.subject.detail</c>, or a wildcard of one (<c>5.1.x</c>, <c>5.x.x</c>).
/// A null <see cref="Subject"/> or <see cref="Detail"/> stands for <c>x</c>.
/// </summary>
public readonly record struct StatusCode(int Class, int? Subject, int? Detail)
{
    public bool IsWildcard => Subject is null || Detail is null;

    /// <summary>RFC 3463 §3.1: class 4 is a persistent transient failure; 2 is success, 5 permanent.</summary>
    public bool IsTransient => Class == 4;

    public StatusCode SubjectWildcard => this with { Detail = null };

    public StatusCode ClassWildcard => new(Class, null, null);

    public StatusCode SubjectOther => Subject is null ? this : this with { Detail = 0 };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Class}.{Part(Subject)}.{Part(Detail)}");

    private static string Part(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "x";

    public static bool TryParse([NotNullWhen(true)] string? text, out StatusCode code)
    {
        code = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length != 3 || parts[0] is not ("2" or "4" or "5"))
        {
            return false;
        }

        if (!TryPart(parts[1], out var subject) || !TryPart(parts[2], out var detail))
        {
            return false;
        }

        // "5.x.1" names nothing: a wildcard subject needs a wildcard detail.
        if (subject is null && detail is not null)
        {
            return false;
        }

        code = new StatusCode(parts[0][0] - '0', subject, detail);
        return true;
    }

    private static bool TryPart(string part, out int? value)
    {
        value = null;
        if (part is "x" or "X")
        {
            return true;
        }

        if (part.Length is < 1 or > 3 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0'))
        {
            return false;
        }

        value = int.Parse(part, CultureInfo.InvariantCulture);
        return true;
    }
}
