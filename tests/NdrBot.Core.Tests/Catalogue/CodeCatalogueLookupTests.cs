using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Tests.Catalogue;

/// <summary>Lookup rules over a small hand-made catalogue, independent of the shipped data.</summary>
public sealed class CodeCatalogueLookupTests
{
    private const string Json = """
        { "entries": [
          { "code": "5.x.x", "title": "Permanent failure", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "4.x.x", "title": "Temporary failure", "meaning": "m", "transient": true, "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.7.x", "title": "Policy", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.7.0", "title": "Other policy", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.1.x", "title": "Address", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["seed"] },
          { "code": "5.7.1", "title": "Generic 5.7.1", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.7.1", "vendor": "gmail", "variant": "dmarc", "match": ["dmarc policy"], "title": "Gmail DMARC", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["gmail"] },
          { "code": "5.7.1", "vendor": "exchange-online", "title": "EXO 5.7.1", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["ms-exo"] },
          { "code": "5.7.606", "vendor": "exchange-online", "range": "5.7.606-5.7.649", "title": "Banned IP", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["ms-exo"] },
          { "code": "5.1.10", "vendor": "exchange-online", "title": "Recipient not found", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["ms-exo"] },
          { "code": "550", "title": "Mailbox unavailable", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["rfc5321"] }
        ] }
        """;

    private static readonly CodeCatalogue Catalogue = CatalogueJson.Load(Json);

    [Fact]
    public void Lookup_ExactCode_IsNotInferred()
    {
        var result = Catalogue.Lookup("5.7.1")!;
        Assert.Equal("Generic 5.7.1", result.Entry.Title);
        Assert.False(result.Inferred);
    }

    [Theory]
    [InlineData("5.7.99", "5.7.0", "Other policy")]
    [InlineData("5.1.99", "5.1.x", "Address")]
    [InlineData("5.3.3", "5.x.x", "Permanent failure")]
    [InlineData("4.7.1", "4.x.x", "Temporary failure")]
    public void Lookup_UnknownDetail_FallsBackToSubjectThenClass(string code, string from, string title)
    {
        var result = Catalogue.Lookup(code)!;
        Assert.True(result.Inferred);
        Assert.Equal(from, result.InferredFrom);
        Assert.Equal(title, result.Entry.Title);
    }

    [Fact]
    public void Lookup_MatchFragmentInText_PicksThatVariant()
    {
        var result = Catalogue.Lookup("5.7.1", new LookupContext(null, "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy"))!;
        Assert.Equal("dmarc", result.Entry.Variant);
    }

    [Fact]
    public void Lookup_VendorContext_PrefersVendorEntry()
    {
        Assert.Equal("EXO 5.7.1", Catalogue.Lookup("5.7.1", new LookupContext(Vendor.ExchangeOnline))!.Entry.Title);
        Assert.Equal("Generic 5.7.1", Catalogue.Lookup("5.7.1", new LookupContext(Vendor.Postfix))!.Entry.Title);
    }

    [Fact]
    public void Lookup_VendorOnlyCode_AnswersExactlyWithoutContext()
    {
        var result = Catalogue.Lookup("5.1.10")!;
        Assert.False(result.Inferred);
        Assert.Equal(Vendor.ExchangeOnline, result.Entry.Vendor);
    }

    [Fact]
    public void Lookup_CodeInsideRange_AnswersWithRangeEntry()
    {
        var result = Catalogue.Lookup("5.7.620")!;
        Assert.Equal("Banned IP", result.Entry.Title);
        Assert.True(result.ViaRange);
        Assert.False(result.Inferred);
    }

    [Fact]
    public void Lookup_ReplyCode_ExactOrClass()
    {
        Assert.Equal("Mailbox unavailable", Catalogue.Lookup("550")!.Entry.Title);
        var inferred = Catalogue.Lookup("554")!;
        Assert.True(inferred.Inferred);
        Assert.Equal("5.x.x", inferred.InferredFrom);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("6.1.1")]
    [InlineData("")]
    public void Lookup_NotACode_ReturnsNull(string text)
    {
        Assert.Null(Catalogue.Lookup(text));
    }

    [Theory]
    [InlineData("""{"entries":[{"code":"5.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "bad code syntax")]
    [InlineData("""{"entries":[{"code":"5.1.1","title":"","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "title")]
    [InlineData("""{"entries":[{"code":"5.1.1","title":"t","meaning":"m","steps":[],"sources":["x"]}]}""", "no steps")]
    [InlineData("""{"entries":[{"code":"5.1.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":[]}]}""", "no source")]
    [InlineData("""{"entries":[{"code":"4.1.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "transient")]
    [InlineData("""{"entries":[{"code":"5.1.1","title":"t","meaning":"m","reason":"nonsense","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "unknown reason")]
    [InlineData("""{"entries":[{"code":"5.1.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]},{"code":"5.1.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "duplicate")]
    [InlineData("""{"entries":[{"code":"5.1.1","vendor":"lotus","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "invalid")]
    [InlineData("""{"entries":[{"code":"5.1.1","colour":"red","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "invalid")]
    [InlineData("""{"entries":[{"code":"5.1.1","notes":null,"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "invalid")]
    [InlineData("""{"entries":[{"code":"5.1.1","variant":null,"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "invalid")]
    public void Load_BrokenDocument_ReportsTheProblem(string json, string expected)
    {
        var result = CatalogueJson.Read(json);
        Assert.Null(result.Catalogue);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The source-generated reader sets absent init-only properties too; they must keep their empty defaults.</summary>
    [Fact]
    public void Load_AbsentOptionalFields_KeepTheirEmptyDefaults()
    {
        var result = CatalogueJson.Read(
            """{"entries":[{"code":"5.1.1","title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""");

        var entry = Assert.Single(Assert.IsType<CodeCatalogue>(result.Catalogue).Entries);
        Assert.Equal("", entry.Variant);
        Assert.Empty(entry.Match);
        Assert.Empty(entry.ReplyCodes);
        Assert.Empty(entry.Notes);
        Assert.Empty(entry.Links);
        Assert.Equal(Vendor.Generic, entry.Vendor);
        Assert.Empty(result.Catalogue.Checklists);
    }
}
