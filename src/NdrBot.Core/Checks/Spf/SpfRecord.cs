namespace NdrBot.Core.Checks.Spf;

/// <summary>A parsed SPF record: its directives in order and the <c>redirect</c> modifier, or the syntax error found.</summary>
internal sealed record SpfRecord(IReadOnlyList<SpfTerm> Terms, string? Redirect, string? Error)
{
    public static SpfRecord Invalid(string error) => new([], null, error);
}
