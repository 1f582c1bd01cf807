using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Tests.Catalogue;

/// <summary>Provider codes and wire words choosing entries, over a small hand-made catalogue (issue 17).</summary>
public sealed class WordLookupTests
{
    private const string Json = """
        { "entries": [
          { "code": "5.x.x", "title": "Permanent failure", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "4.x.x", "title": "Temporary failure", "meaning": "m", "transient": true, "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.7.0", "title": "Other policy", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "550", "title": "Refused, words decide", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["rfc5321"] },
          { "code": "5.7.1", "title": "Generic 5.7.1", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["iana:RFC3463"] },
          { "code": "5.7.1", "variant": "blocklist", "match": ["blocklist", "blocked using"], "replyCodes": ["550"], "reason": "blocked", "title": "On a blocklist", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["x"] },
          { "code": "5.7.1", "vendor": "apple-icloud", "variant": "cs01", "providerCodes": ["CS01"], "title": "Apple CS01", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["apple"] },
          { "code": "5.7.1", "vendor": "apple-icloud", "variant": "local", "match": ["message rejected due to local policy"], "title": "Apple local policy", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["apple"] },
          { "code": "4.7.0", "vendor": "yahoo", "variant": "tss04", "providerCodes": ["TSS04"], "match": ["temporarily deferred"], "title": "Yahoo TSS04", "meaning": "m", "transient": true, "steps": [{"who":"sender","text":"s"}], "sources": ["yahoo"] },
          { "code": "5.7.9", "vendor": "gmail", "match": ["application-specific password required"], "replyCodes": ["534"], "title": "Gmail app password", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["gmail"] },
          { "code": "5.1.1", "vendor": "yahoo", "match": ["this user doesn't have a"], "replyCodes": ["554"], "reason": "userunknown", "title": "Yahoo no account", "meaning": "m", "steps": [{"who":"sender","text":"s"}], "sources": ["yahoo"] }
        ] }
        """;

    private static readonly CodeCatalogue Catalogue = CatalogueJson.Load(Json);

    private static LookupResult Lookup(string code, string text, Vendor? vendor = null, string? reply = null) =>
        Catalogue.Lookup(code, new LookupContext(vendor, text, reply))!;

    [Theory]
    [InlineData("TSS04", "Yahoo TSS04")]
    [InlineData("tss04", "Yahoo TSS04")]
    [InlineData("[CS01]", "Apple CS01")]
    public void FindProviderCode_KnownCode_NamesItsEntry(string code, string title)
    {
        Assert.Equal(title, Catalogue.FindProviderCode(code)?.Title);
    }

    [Theory]
    [InlineData("what is TSS04?", "TSS04")]
    [InlineData("554 5.7.1 [CS01] Message rejected", "CS01")]
    [InlineData("(cs01).", "CS01")]
    public void FindProviderCodes_WholeToken_Found(string text, string code)
    {
        Assert.Equal(code, Assert.Single(Catalogue.FindProviderCodes(text)).Code);
    }

    [Theory]
    [InlineData("host mcs01.example.net said")]
    [InlineData("TSS04X")]
    [InlineData("ATSS04")]
    [InlineData("nothing here")]
    public void FindProviderCodes_InsideAnotherToken_NotFound(string text)
    {
        Assert.Empty(Catalogue.FindProviderCodes(text));
    }

    [Fact]
    public void Lookup_ProviderCodeInText_OutranksALongerFragment()
    {
        var result = Lookup("5.7.1", "550 5.7.1 [CS01] Message rejected due to local policy", Vendor.AppleIcloud);

        Assert.Equal("Apple CS01", result.Entry.Title);
        Assert.Equal("CS01", result.MatchedBy);
    }

    [Fact]
    public void Lookup_BareReplyCodeWithBlocklistWords_ChoosesTheBlocklistEntryNotTheReplyEntry()
    {
        var result = Lookup("550", "550 Rejected: your IP is listed on a blocklist");

        Assert.Equal("On a blocklist", result.Entry.Title);
        Assert.Equal("blocked", result.Entry.Reason);
        Assert.Equal("blocklist", result.MatchedBy);
        Assert.False(result.Inferred);
    }

    [Fact]
    public void Lookup_BareReplyCodeWithoutTellingWords_AnswersWithTheReplyEntry()
    {
        var result = Lookup("550", "550 Requested action not taken");

        Assert.Equal("Refused, words decide", result.Entry.Title);
        Assert.Null(result.MatchedBy);
    }

    [Fact]
    public void Lookup_BareReplyCode_WordsOfAnotherClassDoNotCount()
    {
        var result = Lookup("550", "550 temporarily deferred");

        Assert.Equal("Refused, words decide", result.Entry.Title);
    }

    [Fact]
    public void Lookup_CodeWithoutAnEntry_WordsOfTheSameSubjectChooseBeforeTheSubjectEntry()
    {
        var result = Lookup("5.7.90", "534 5.7.90 Application-specific password required");

        Assert.Equal("Gmail app password", result.Entry.Title);
        Assert.True(result.Inferred);
        Assert.Equal("5.7.9", result.InferredFrom);
    }

    [Fact]
    public void Lookup_CodeWithoutAnEntryAndNoWords_FallsBackToTheSubject()
    {
        var result = Lookup("5.7.90", "534 5.7.90 something else");

        Assert.Equal("Other policy", result.Entry.Title);
        Assert.Equal("5.7.0", result.InferredFrom);
    }

    [Fact]
    public void LookupByWords_InferredStatus_FindsTheEntryAnywhereInTheClass()
    {
        var result = Catalogue.LookupByWords(new LookupContext(Vendor.Yahoo, "554 delivery error: dd This user doesn't have a yahoo.com account", "554"), 5, "5.2.0");

        Assert.NotNull(result);
        Assert.Equal("Yahoo no account", result.Entry.Title);
        Assert.Equal("5.2.0", result.Requested);
    }

    [Theory]
    [InlineData("""{"entries":[{"code":"5.7.1","providerCodes":["tss04"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "provider code 'tss04'")]
    [InlineData("""{"entries":[{"code":"5.7.1","providerCodes":["TSS"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "provider code 'TSS'")]
    [InlineData("""{"entries":[{"code":"5.7.1","providerCodes":["550"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "provider code '550'")]
    [InlineData("""{"entries":[{"code":"5.7.1","providerCodes":["ABCDEFGHIJK12"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "provider code 'ABCDEFGHIJK12'")]
    [InlineData("""{"entries":[{"code":"5.7.1","providerCodes":["CS01"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]},{"code":"5.7.2","providerCodes":["CS01"],"title":"t","meaning":"m","steps":[{"who":"sender","text":"s"}],"sources":["x"]}]}""", "names more than one entry")]
    public void Load_BadProviderCode_ReportsTheProblem(string json, string expected)
    {
        var result = CatalogueJson.Read(json);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
