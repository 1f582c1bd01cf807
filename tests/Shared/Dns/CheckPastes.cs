namespace NdrBot.Tests.Shared.Dns;

/// <summary>
/// Bounces as people paste them whose sending IP, sender's domain and recipients' domains are in
/// <see cref="CheckZones"/>, written for issue 19 (the e2e web chat test pastes the same files): Exchange Online's
/// "5.7.606 banned sending IP", Gmail's "5.7.26 unauthenticated" through Postfix, and Sendmail's "5.1.2 Host unknown".
/// </summary>
internal static class CheckPastes
{
    public const string BannedIp = "m365-banned-ip.txt";

    public const string Unauthenticated = "gmail-unauthenticated.txt";

    public const string DomainNotFound = "domain-not-found.txt";

    public static string Read(string name) => File.ReadAllText(Path.Combine(TestData.RepoRoot, "tests", "Shared", "Dns", "Pastes", name));
}
