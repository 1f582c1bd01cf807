using System.Security.Cryptography;

namespace NdrBot.Triage.Cases;

/// <summary>
/// Case ids such as <c>C-7K3Q</c>: four characters from an alphabet without look-alikes (0/O, 1/I/L, U/V),
/// short enough to say on a call. 29^4 (about 700,000) ids; the store checks that a new one is free.
/// </summary>
public static class CaseIds
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public static string New() => "C-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4));
}
