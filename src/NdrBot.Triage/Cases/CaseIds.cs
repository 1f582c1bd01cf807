using System.Security.Cryptography;

namespace NdrBot.Triage.Cases;

/// <summary>
/// A case's key and its code. The code, such as <c>C-7K3Q</c>, is four characters from an alphabet without
/// look-alikes (0/O, 1/I/L, U/V), short enough to say on a call: 29^4 (about 700,000) codes, unique within a
/// conversation. The key, <c>case-</c> and 24 characters of the same alphabet (about 116 bits), is what buttons
/// carry, so a key cannot be guessed from the codes people see.
/// </summary>
public static class CaseIds
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public static string NewCode() => "C-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4));

    public static string NewKey() => "case-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 24)).ToLowerInvariant();
}
