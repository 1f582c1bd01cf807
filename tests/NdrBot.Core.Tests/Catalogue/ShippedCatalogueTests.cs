using System.Globalization;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Catalogue;

/// <summary>What the shipped catalogue.json must contain (issue 2): seed, IANA registry, vendors, RFC 5321.</summary>
public sealed class ShippedCatalogueTests
{
    private static readonly CodeCatalogue Catalogue = CodeCatalogue.Default;

    private static IEnumerable<CatalogueEntry> Generic(string code) =>
        Catalogue.Entries.Where(e => e.Code == code && e.Vendor == Vendor.Generic);

    private static string Text(CatalogueEntry e) =>
        string.Join(" ", new[] { e.Title, e.Meaning }.Concat(e.Steps.Select(s => s.Text)).Concat(e.Notes.Select(n => n.Text)));

    [Fact]
    public void SeedList_HasAllCodesAndBothFamilies()
    {
        Assert.Equal(49, SeedCodes.All.Count);
        Assert.Contains("5.1.x", SeedCodes.All);
        Assert.Contains("5.2.x", SeedCodes.All);
    }

    public static TheoryData<string> Seed() => [.. SeedCodes.All];

    [Theory]
    [MemberData(nameof(Seed))]
    public void SeedCode_HasExactGenericEntryCitingTheSeed(string code)
    {
        var entry = Assert.Single(Generic(code), e => e.Variant.Length == 0);
        Assert.Contains("seed", entry.Sources);
        Assert.NotEmpty(entry.Steps);
        var lookup = Catalogue.Lookup(code)!;
        Assert.False(lookup.Inferred);
        Assert.Same(entry, lookup.Entry);
    }

    [Theory]
    [InlineData("4.2.2", "22 MB")]
    [InlineData("5.3.1", "16 GB")]
    [InlineData("5.3.1", "Standard")]
    [InlineData("5.5.3", "5,000")]
    [InlineData("5.6.3", "250")]
    [InlineData("5.3.5", "port")]
    [InlineData("5.3.5", "IP")]
    [InlineData("5.4.6", "contact")]
    [InlineData("5.1.6", "homeMDB")]
    [InlineData("5.7.3", "ISA")]
    [InlineData("4.4.9", "smart host")]
    [InlineData("5.0.0", "telnet")]
    public void SeedFacts_CarryOverIntoTheGenericEntry(string code, string fact)
    {
        var entry = Generic(code).Single(e => e.Variant.Length == 0);
        Assert.Contains(fact, Text(entry), StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> RegistryCodes()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(TestData.PathOf("reference", "iana-enhanced-status-codes.csv")).Skip(1))
        {
            data.Add(line[..line.IndexOf(',', StringComparison.Ordinal)]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegistryCodes))]
    public void RegistryRow_HasGenericEntriesForPersistentAndTransientClasses(string registryCode)
    {
        // Registry rows: "5.XXX.YYY" (class), "X.1.XXX" (subject), "X.1.1" (detail).
        var parts = registryCode.Split('.');
        var wanted = parts switch
        {
            [var c, "XXX", "YYY"] => [$"{c}.x.x"],
            ["X", var s, "XXX"] => [$"4.{s}.x", $"5.{s}.x"],
            ["X", var s, var d] => new[] { $"4.{s}.{d}", $"5.{s}.{d}" },
            _ => throw new InvalidDataException(registryCode),
        };
        foreach (var code in wanted)
        {
            Assert.True(Generic(code).Any(), $"no generic entry for {code} (registry row {registryCode})");
        }
    }

    [Fact]
    public void Registry_CountsPerClassAndSubject_CoverTheRegistry()
    {
        var rows = File.ReadLines(TestData.PathOf("reference", "iana-enhanced-status-codes.csv")).Skip(1)
            .Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).Where(c => c.StartsWith("X.", StringComparison.Ordinal) && !c.EndsWith("XXX", StringComparison.Ordinal)).ToList();
        Assert.Equal(81, rows.Count);
        foreach (var cls in new[] { "4", "5" })
        {
            for (var subject = 0; subject <= 7; subject++)
            {
                var inRegistry = rows.Count(r => r.Split('.')[1] == subject.ToString(CultureInfo.InvariantCulture));
                var inCatalogue = Catalogue.Entries.Count(e => e.Vendor == Vendor.Generic && e.Code.StartsWith($"{cls}.{subject}.", StringComparison.Ordinal) && !e.Code.EndsWith(".x", StringComparison.Ordinal));
                Assert.True(inCatalogue >= inRegistry, $"{cls}.{subject}.*: {inCatalogue} generic entries, registry has {inRegistry}");
            }
        }
    }

    [Theory]
    [InlineData("5.1.10")] [InlineData("5.1.8")] [InlineData("5.1.90")] [InlineData("5.2.121")] [InlineData("5.2.122")]
    [InlineData("5.4.1")] [InlineData("5.4.14")] [InlineData("5.4.300")] [InlineData("5.7.1")] [InlineData("5.7.23")]
    [InlineData("5.7.57")] [InlineData("5.7.64")] [InlineData("5.7.124")] [InlineData("5.7.133")] [InlineData("5.7.134")]
    [InlineData("5.7.135")] [InlineData("5.7.136")] [InlineData("5.7.501")] [InlineData("5.7.506")] [InlineData("5.7.512")]
    [InlineData("5.7.606")] [InlineData("5.7.620")] [InlineData("5.7.649")] [InlineData("5.7.700")] [InlineData("5.7.708")]
    [InlineData("5.7.750")]
    public void ExchangeOnlineCode_HasMicrosoftEntry(string code)
    {
        var lookup = Catalogue.Lookup(code, new LookupContext(Vendor.ExchangeOnline))!;
        Assert.False(lookup.Inferred, $"{code} inferred from {lookup.InferredFrom}");
        Assert.Equal(Vendor.ExchangeOnline, lookup.Entry.Vendor);
        Assert.Contains("ms-exo", lookup.Entry.Sources);
    }

    [Theory]
    [InlineData("4.7.0")] [InlineData("4.2.1")] [InlineData("5.7.26")] [InlineData("5.7.1")] [InlineData("5.2.2")] [InlineData("5.1.1")]
    public void GmailCode_HasGoogleEntry(string code)
    {
        var lookup = Catalogue.Lookup(code, new LookupContext(Vendor.Gmail))!;
        Assert.Equal(Vendor.Gmail, lookup.Entry.Vendor);
    }

    [Fact]
    public void Gmail_571_HasSeveralVariantsPickedByText()
    {
        Assert.True(Catalogue.Entries.Count(e => e.Code == "5.7.1" && e.Vendor == Vendor.Gmail) >= 3);
    }

    [Theory]
    [InlineData("5.7.1")] [InlineData("5.4.1")] [InlineData("5.4.8")] [InlineData("5.0.0")] [InlineData("5.2.2")]
    public void MultiVendorCode_HasGenericAndVendorEntries(string code)
    {
        var vendors = Catalogue.Entries.Where(e => e.Code == code).Select(e => e.Vendor).Distinct().ToList();
        Assert.Contains(Vendor.Generic, vendors);
        Assert.True(vendors.Count >= 2, $"{code}: {string.Join(",", vendors)}");
    }

    [Theory]
    [InlineData("211")] [InlineData("214")] [InlineData("220")] [InlineData("221")] [InlineData("250")] [InlineData("251")]
    [InlineData("252")] [InlineData("354")] [InlineData("421")] [InlineData("450")] [InlineData("451")] [InlineData("452")]
    [InlineData("455")] [InlineData("500")] [InlineData("501")] [InlineData("502")] [InlineData("503")] [InlineData("504")]
    [InlineData("550")] [InlineData("551")] [InlineData("552")] [InlineData("553")] [InlineData("554")] [InlineData("555")]
    public void Rfc5321ReplyCode_HasExactEntry(string code)
    {
        var lookup = Catalogue.Lookup(code)!;
        Assert.False(lookup.Inferred);
        Assert.Equal(code, lookup.Entry.Code);
    }

    [Theory]
    [InlineData("10 MB")] [InlineData("10 minutes")] [InlineData("6 hours")] [InlineData("20 MB")] [InlineData("13 22 53")]
    [InlineData("1800 730 062")] [InlineData("POP3")] [InlineData("service number")] [InlineData("ADSL")]
    [InlineData("external (public) IP")] [InlineData("outgoing")] [InlineData("confirmation")] [InlineData("no charge")]
    public void TelstraChecklist_CarriesEverySeedFact(string fact)
    {
        var checklist = Catalogue.FindChecklist("telstra-mass-mail");
        Assert.NotNull(checklist);
        var text = string.Join(" ", new[] { checklist.Title, checklist.Summary }
            .Concat(checklist.Facts.Select(f => f.Label + " " + f.Value))
            .Concat(checklist.Steps.Select(s => s.Text)));
        Assert.Contains(fact, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryEntry_HasVendorNotesOnlyForKnownVendors_AndNoEmptyText()
    {
        Assert.All(Catalogue.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Meaning));
            Assert.All(e.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
        });
    }

    [Fact]
    public void Gmail_AppPassword_CarriesGooglesReplyCode534()
    {
        var entry = Catalogue.Entries.Single(e => e is { Code: "5.7.9", Vendor: Vendor.Gmail, Variant: "app-password" });
        Assert.Equal(["534"], entry.ReplyCodes);
        Assert.Equal("app-password", Catalogue.Lookup("5.7.9", new LookupContext(Vendor.Gmail, "534-5.7.9 Application-specific password required", "534"))!.Entry.Variant);
    }

    [Fact]
    public void ExchangeOnline_5_7_124_SaysAnExternalSenderNeedsAMailContactFirst()
    {
        var entry = Catalogue.Lookup("5.7.124", new LookupContext(Vendor.ExchangeOnline))!.Entry;
        Assert.Contains(entry.Steps, s => s.Text.Contains("mail contact", StringComparison.Ordinal) && s.Text.Contains("External sender", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_5_4_8_LeadsWithMtaSts_AndKeepsTheExchange2003MeaningAsAVariant()
    {
        var entry = Catalogue.Lookup("5.4.8")!.Entry;
        Assert.StartsWith("MX host not allowed", entry.Title, StringComparison.Ordinal);
        Assert.True(entry.Meaning.IndexOf("MTA-STS", StringComparison.Ordinal) < entry.Meaning.IndexOf("2000/2003", StringComparison.Ordinal));
        var legacy = Catalogue.Lookup("5.4.8", new LookupContext(null, "Check your recipient policy; see event 9006"))!.Entry;
        Assert.Equal("exchange-2003-recipient-policy", legacy.Variant);
        Assert.Contains("seed", legacy.Sources);
    }

    [Fact]
    public void Generic_5_7_1_LeadsWithBlocklistsAndLabelsTheExchange2003Steps()
    {
        var entry = Catalogue.Lookup("5.7.1")!.Entry;
        Assert.True(entry.Meaning.IndexOf("blocklist", StringComparison.Ordinal) < entry.Meaning.IndexOf("2000/2003", StringComparison.Ordinal));
        Assert.All(entry.Steps.Where(s => s.Text.Contains("virtual server", StringComparison.Ordinal)), s => Assert.Contains("legacy", s.Text, StringComparison.Ordinal));
    }

    /// <summary>Steps that name Exchange 2000/2003 tools say so: an admin on a current version must not follow them blindly.</summary>
    [Fact]
    public void EveryLegacyExchangeStep_SaysItIsForExchange2000Or2003()
    {
        string[] legacyTools = ["System Manager", "virtual server", "Recipient Update Service", "routing group", "Exchange General", "Exchange Advanced", "ADSI Edit", "Global Settings"];
        var unlabelled = Catalogue.Entries
            .SelectMany(e => e.Steps.Select(s => (Entry: e, s.Text)))
            .Where(x => legacyTools.Any(t => x.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Where(x => !x.Text.Contains("2003", StringComparison.Ordinal) && !x.Text.Contains("legacy", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Entry.Code}/{x.Entry.Vendor}/{x.Entry.Variant}: {x.Text}")
            .ToList();
        Assert.Empty(unlabelled);
    }

    [Fact]
    public void PostmasterToolsSteps_DoNotSendPeopleToTheRetiredReputationDashboards()
    {
        var stale = Catalogue.Entries
            .SelectMany(e => e.Steps)
            .Where(s => s.Text.Contains("Postmaster Tools", StringComparison.Ordinal))
            .Where(s => s.Text.Contains("IP reputation", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("IP/domain reputation", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("IP and domain reputation", StringComparison.OrdinalIgnoreCase))
            .Where(s => !s.Text.Contains("no IP or domain reputation", StringComparison.Ordinal))
            .Select(s => s.Text)
            .ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public void GoogleSenderRules_SpamRateForAll_AlignmentAndOneClickForBulk()
    {
        var rules = Catalogue.Entries.SelectMany(e => e.Steps).Where(s => s.Text.Contains("5,000 messages a day", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, s =>
        {
            Assert.True(s.Text.IndexOf("0.3%", StringComparison.Ordinal) < s.Text.IndexOf("5,000", StringComparison.Ordinal), "the spam-rate rule applies to every sender");
            Assert.Contains("align", s.Text, StringComparison.Ordinal);
            Assert.Contains("one-click unsubscribe", s.Text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("421")] [InlineData("450")] [InlineData("454")] [InlineData("550")] [InlineData("552")] [InlineData("553")] [InlineData("554")]
    public void OverloadedReplyCode_CarriesNoReasonOfItsOwn(string code)
    {
        Assert.Null(Catalogue.Lookup(code)!.Entry.Reason);
    }

    /// <summary>Where only third parties describe a code, the entry says so.</summary>
    [Fact]
    public void EntryWithOnlyThirdPartySources_SaysSo()
    {
        Assert.All(Catalogue.Entries.Where(e => e.Sources.All(s => s.StartsWith("third-party:", StringComparison.Ordinal))), e =>
            Assert.Contains("third-party", e.Meaning + string.Join(" ", e.Notes.Select(n => n.Text)), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Vendor.Yahoo)] [InlineData(Vendor.OutlookCom)] [InlineData(Vendor.AppleIcloud)] [InlineData(Vendor.AmazonSes)]
    [InlineData(Vendor.Sendgrid)] [InlineData(Vendor.Mailgun)] [InlineData(Vendor.Mimecast)] [InlineData(Vendor.Proofpoint)]
    [InlineData(Vendor.Barracuda)] [InlineData(Vendor.Zoho)]
    public void ProviderEntries_CiteASourceAndLinkAPage(Vendor vendor)
    {
        var entries = Catalogue.Entries.Where(e => e.Vendor == vendor).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.NotEmpty(e.Links);
            Assert.True(e.Match.Count > 0 || e.ProviderCodes.Count > 0, $"{e.Code}/{e.Variant} has no words to be picked by");
        });
    }
}
