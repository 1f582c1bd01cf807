using System.Text;
using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Tests.Bounces.Reasons;

/// <summary>reasons.json loads, and a broken document is refused with the part it concerns named.</summary>
public sealed class ReasonKnowledgeTests
{
    private const string Valid = """
        {
          "sources": [ { "id": "rfc3463", "kind": "rfc", "title": "RFC 3463", "ref": "https://www.rfc-editor.org/rfc/rfc3463" } ],
          "statusCodes": [ { "source": "rfc3463", "codes": { "5.2.2": "mailboxfull" } } ],
          "inferredStatus": { "mailboxfull": "2.2" },
          "statusPhrases": [ { "source": "rfc3463", "detail": "4.4", "texts": [ "unable to route" ] } ],
          "rules": [
            { "id": "userunknown", "reason": "userunknown", "phrases": [ { "source": "rfc3463", "texts": [ "bad destination mailbox address" ] } ] },
            { "id": "directory-lookup", "reason": "userunknown", "phrases": [ { "source": "rfc3463", "texts": [ "not * in directory" ] } ] },
            { "id": "no-account", "reason": "userunknown", "phrases": [ { "source": "rfc3463", "texts": [ "has no account" ] } ] }
          ],
          "order": [ "userunknown" ]
        }
        """;

    [Fact]
    public void Default_ShippedDocument_LoadsAndNamesEveryRuleOfTheOrder()
    {
        var knowledge = ReasonKnowledge.Default;

        Assert.NotEmpty(knowledge.Ordered);
        Assert.Equal(knowledge.Document.Order, knowledge.Ordered.Select(r => r.Id));
        Assert.Equal("mailboxfull", knowledge.ReasonForStatus("5.2.2"));
    }

    [Fact]
    public void Load_ValidDocument_Compiles()
    {
        var result = Load(Valid);

        Assert.Empty(result.Errors);
        Assert.Equal("2.2", result.Knowledge!.InferredDetail("mailboxfull"));
        Assert.Equal(["bad destination mailbox address"], result.Knowledge.Rule("userunknown").Phrases);
        Assert.Equal("4.4", result.Knowledge.DocumentedDetail("550 unable to route: no mx"));
        Assert.Null(result.Knowledge.DocumentedDetail("550 user unknown"));
    }

    [Theory]
    [InlineData("\"reason\": \"userunknown\", \"phrases\": [ { \"source\": \"rfc3463\", \"texts\": [ \"bad destination", "\"reason\": \"usrunknown\", \"phrases\": [ { \"source\": \"rfc3463\", \"texts\": [ \"bad destination", "unknown reason 'usrunknown'")]
    [InlineData("[ \"bad destination mailbox address\" ]", "[ \"Bad Destination\" ]", "must be lower-case")]
    [InlineData("[ \"bad destination mailbox address\" ]", "[ \"a*\" ]", "non-empty parts")]
    [InlineData("{ \"source\": \"rfc3463\", \"texts\": [ \"bad", "{ \"source\": \"rfc9999\", \"texts\": [ \"bad", "unknown source 'rfc9999'")]
    [InlineData("\"order\": [ \"userunknown\" ]", "\"order\": [ \"userunknown\", \"nosuchrule\" ]", "unknown rule 'nosuchrule'")]
    [InlineData("\"5.2.2\": \"mailboxfull\"", "\"5.2\": \"mailboxfull\"", "not an enhanced status code")]
    [InlineData("\"id\": \"directory-lookup\"", "\"id\": \"userunknown\"", "duplicate id")]
    [InlineData("\"mailboxfull\": \"2.2\"", "\"mailboxfull\": \"two\"", "is not subject.detail")]
    [InlineData("\"detail\": \"4.4\"", "\"detail\": \"4\"", "'4' is not subject.detail")]
    public void Load_BrokenDocument_NamesTheProblem(string find, string replace, string problem)
    {
        var result = Load(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(result.Knowledge);
        Assert.Contains(result.Errors, e => e.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SourceNobodyUses_IsReported()
    {
        var result = Load(Valid.Replace("\"sources\": [", "\"sources\": [ { \"id\": \"spare\", \"kind\": \"doc\", \"title\": \"t\", \"ref\": \"r\" },", StringComparison.Ordinal));

        Assert.Contains("source spare: never used", result.Errors);
    }

    [Fact]
    public void Load_NotJson_IsAnErrorNotAnException()
    {
        var result = Load("{ \"rules\": [ ");

        Assert.Null(result.Knowledge);
        Assert.Single(result.Errors);
    }

    private static ReasonKnowledgeLoadResult Load(string json) => ReasonKnowledge.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
