using NdrBot.Core.Checks;

namespace NdrBot.Tests.Shared.Dns;

/// <summary>
/// The zones the live-check tests run against. Addresses: 192.0.2.0/24, 198.51.100.0/24 and 2001:db8::/32 are
/// documentation ranges (SPF, PTR); the blocklist tests need public addresses, so they use 45.33.10.0/24, which only
/// ever goes to this loopback server.
/// </summary>
internal static class CheckZones
{
    public const string ListedIp = "45.33.10.20";
    public const string ExploitedIp = "45.33.10.21";
    public const string RefusedIp = "45.33.10.22";
    public const string CleanIp = "45.33.10.23";

    /// <summary>The blocklist zone served here, with its own return-code meanings.</summary>
    public static BlocklistZone Blocklist { get; } = new()
    {
        Zone = "bl.test",
        Name = "Test BL",
        Codes = new Dictionary<string, string> { ["127.0.0.2"] = "a known spam source", ["127.0.0.4"] = "an exploited machine" },
        Errors = new Dictionary<string, string> { ["127.255.255.254"] = "queried through a public resolver" },
        Removal = "https://bl.test/removal",
    };

    /// <summary>A blocklist whose every name is under the silent zone.</summary>
    public static BlocklistZone SilentBlocklist { get; } = new() { Zone = "bl.slow.test", Name = "Slow BL" };

    public static TestZone Build()
    {
        var zone = new TestZone()
            // contoso.test: SPF through an include ending in -all, DMARC p=reject (strict DKIM), DKIM selector sel1, one MX.
            .Txt("contoso.test", "v=spf1 include:_spf.mailhost.test -all")
            .Txt("contoso.test", "google-site-verification=abc")
            .Txt("_spf.mailhost.test", "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ~all")
            .Txt("_dmarc.contoso.test", "v=DMARC1; p=reject; adkim=s; rua=mailto:dmarc@contoso.test")
            .Txt("sel1._domainkey.contoso.test", "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1")
            .Txt("old._domainkey.contoso.test", "v=DKIM1; p=")
            .Mx("contoso.test", 10, "mx1.contoso.test")
            .A("mx1.contoso.test", "192.0.2.25")
            // SPF results.
            .Txt("softfail.test", "v=spf1 ip4:192.0.2.10 ~all")
            .Txt("neutral.test", "v=spf1 ?all")
            .Txt("amx.test", "v=spf1 a mx/24 -all")
            .A("amx.test", "198.51.100.7")
            .Mx("amx.test", 10, "mail.amx.test")
            .A("mail.amx.test", "198.51.100.8")
            .Txt("twospf.test", "v=spf1 -all")
            .Txt("twospf.test", "v=spf1 ~all")
            .Txt("redirect.test", "v=spf1 redirect=contoso.test")
            .Txt("nospf.test", "verification=xyz")
            .Txt("exo.test", "v=spf1 ip4:192.0.2.1 -all")
            .Txt("macro.test", "v=spf1 exists:%{ir}.ok.macro.test -all")
            .A("9.2.0.192.ok.macro.test", "127.0.0.2")
            .Txt("void.test", "v=spf1 a:none1.void.test a:none2.void.test a:none3.void.test -all")
            .Txt("broken.test", "v=spf1 ip4:999.1.1.1 -all")
            .TxtParts("split.test", "v=spf1 ip4:192.0.2.0/24", " -all")
            .Txt("slowinclude.test", "v=spf1 include:spf.slow.test -all")
            // DMARC policies.
            .Txt("_dmarc.quarantine.test", "v=DMARC1; p=quarantine; pct=50")
            .Txt("_dmarc.monitor.test", "v=DMARC1; p=none; rua=mailto:r@monitor.test")
            .Txt("_dmarc.inherit.test", "v=DMARC1; p=quarantine; sp=reject")
            .A("sub.inherit.test", "198.51.100.40")
            // MX cases: null MX, no MX but an A, no MX and no address, MX host without an address. missing.test does not exist.
            .Mx("nullmx.test", 0, ".")
            .A("aonly.test", "198.51.100.20")
            .Txt("empty.test", "v=spf1 -all")
            .Mx("deadmx.test", 10, "mx.deadmx.test")
            .Txt("mx.deadmx.test", "no address here")
            // PTR: forward-confirmed, not confirmed, and none.
            .Ptr("198.51.100.30", "mail.ptr-ok.test")
            .A("mail.ptr-ok.test", "198.51.100.30")
            .Ptr("198.51.100.31", "mail.ptr-bad.test")
            .A("mail.ptr-bad.test", "198.51.100.99")
            // Blocklist answers.
            .A("20.10.33.45.bl.test", "127.0.0.2")
            .A("21.10.33.45.bl.test", "127.0.0.4")
            .A("22.10.33.45.bl.test", "127.255.255.254")
            .NeverAnswer("slow.test");

        // Eleven includes, each costing one lookup: the eleventh passes the limit of 10 (RFC 7208 §4.6.4); ten is fine.
        for (var i = 1; i <= 11; i++)
        {
            zone.Txt($"l{i}.lookups.test", "v=spf1 -all");
        }

        // Note: a TXT string holds at most 255 characters, so these long records are published as several strings.
        zone.TxtParts("eleven.test", ["v=spf1", .. Enumerable.Range(1, 11).Select(i => $" include:l{i}.lookups.test"), " ip4:192.0.2.77 -all"]);
        zone.TxtParts("ten.test", ["v=spf1", .. Enumerable.Range(1, 10).Select(i => $" include:l{i}.lookups.test"), " ip4:192.0.2.77 -all"]);
        return zone;
    }
}
