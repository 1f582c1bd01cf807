using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;

namespace NdrBot.Core.Tests.Codes;

public sealed class CodeRecognizerTests
{
    private static readonly Checklist Telstra = new()
    {
        Id = "telstra-mass-mail",
        Title = "t",
        Summary = "s",
        Keywords = ["telstra", "bigpond", "mass mail"],
        Steps = [new ChecklistStep("a", "b")],
        Sources = ["seed"],
    };

    private readonly CodeRecognizer _recognizer = new([Telstra]);

    private (string? Status, string? Reply)[] Codes(string text) =>
        [.. _recognizer.Recognize(text).Mentions.Select(m => (m.Status, m.ReplyCode))];

    [Theory]
    [InlineData("5.4.6", "5.4.6", null)]
    [InlineData("@ndrbot 5.4.6", "5.4.6", null)]
    [InlineData("<at>NdrBot</at> 5.4.6 please", "5.4.6", null)]
    [InlineData("550 5.1.1", "5.1.1", "550")]
    [InlineData("550-5.7.26 Unauthenticated email", "5.7.26", "550")]
    [InlineData("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "5.1.1", "550")]
    [InlineData("421 4.7.0 [TSS04] Messages from 1.2.3.4 temporarily deferred", "4.7.0", "421")]
    [InlineData("status: 5.2.2", "5.2.2", null)]
    [InlineData("Status:5.2.2", "5.2.2", null)]
    [InlineData("5.1.x", "5.1.x", null)]
    [InlineData("what does 5.x.x mean", "5.x.x", null)]
    [InlineData("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", "5.7.708", "550")]
    [InlineData("got 5.4.6.", "5.4.6", null)]
    [InlineData("(5.1.10)", "5.1.10", null)]
    public void Recognize_CodeInChat_FindsStatusAndReply(string text, string status, string? reply)
    {
        Assert.Equal([(status, reply)], Codes(text));
    }

    [Theory]
    [InlineData("550")]
    [InlineData("@ndrbot 550")]
    [InlineData("what is error 550?")]
    [InlineData("the server said 550 user unknown when we sent it")]
    public void Recognize_BareReplyCode_FindsReplyOnly(string text)
    {
        Assert.Equal([((string?)null, (string?)"550")], Codes(text));
    }

    /// <summary>"message", "user", "recipient" after a number count things only in the plural ("550 messages").</summary>
    [Fact]
    public void Recognize_ReplyCodeBeforeASingularNoun_IsAReplyCode() =>
        Assert.Equal([((string?)null, (string?)"552")], Codes("our emails to bigpond bounce with 552 message size exceeds limit"));

    [Theory]
    [InlineData("server 10.0.0.1 is down")]
    [InlineData("upgrade to v5.4.6.1 tomorrow")]
    [InlineData("released 2024.5.1")]
    [InlineData("version 5.4.6.1")]
    [InlineData("ip 192.168.5.4.1 and 10.5.4.1")]
    [InlineData("lib-5.4.6 and foo5.4.6 and 5.4.6b")]
    [InlineData("path /opt/5.4.6/bin")]
    [InlineData("13.5.1 or 5.1234.1 or 5.1.1234")]
    [InlineData("3.1.1 and 1.2.3")]
    public void Recognize_VersionsIpsAndDates_FindsNothing(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Theory]
    [InlineData("The mailbox has 250 attachments and 550 recipients in a long sentence that goes on for a while here")]
    [InlineData("listening on port 587 and 465 and also 25 for the relay server that we have in the office")]
    [InlineData("limit of 500 MB per mailbox")]
    [InlineData("the bounce report listed 550 messages and 250 users that were affected this week")]
    [InlineData("550 messages bounced this morning")]
    [InlineData("we have 421 users in the tenant")]
    public void Recognize_NumbersInProse_AreNotReplyCodes(string text)
    {
        Assert.Empty(Codes(text));
    }

    /// <summary>Issue 17: Amazon SES opens replies with "554 Message rejected", many servers with "550 User unknown".</summary>
    [Theory]
    [InlineData("554 Message rejected: Sending paused for this account.", "554")]
    [InlineData("550 User unknown", "550")]
    public void Recognize_TranscriptLineOpeningWithMessageOrUser_FindsReply(string text, string reply)
    {
        Assert.Equal([((string?)null, (string?)reply)], Codes(text));
    }

    [Fact]
    public void Recognize_TranscriptLine_FindsReplyAtLineStart()
    {
        var text = "Hello team, the server answered this when we tried again this morning:\n550 Requested action not taken: mailbox unavailable\n";
        Assert.Equal([((string?)null, (string?)"550")], Codes(text));
    }

    [Fact]
    public void Recognize_SeveralCodes_KeepsOrderAndDropsRepeats()
    {
        var codes = Codes("first 4.4.7 then 550 5.1.1, again 5.1.1 and 4.4.7");
        Assert.Equal([("4.4.7", null), ("5.1.1", "550")], codes);
    }

    [Fact]
    public void Recognize_MentionCarriesItsLineAsContext()
    {
        var mention = Assert.Single(_recognizer.Recognize("hi\n#550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found ##\nbye").Mentions);
        Assert.Equal("#550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found ##", mention.Context);
    }

    [Theory]
    [InlineData("we hit the telstra limit")]
    [InlineData("BigPond blocked us")]
    [InlineData("how do I enable Mass Mail")]
    public void Recognize_TelstraWords_FindChecklist(string text)
    {
        Assert.Equal(["telstra-mass-mail"], _recognizer.Recognize(text).ChecklistIds);
        Assert.Equal(["telstra-mass-mail"], _recognizer.FindChecklistIds(text));
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a long paste without any of the words", new string[0])]
    [InlineData("SPAMHAUS listed us", new[] { "blocklist" })]
    [InlineData("spamhaus and telstra both", new[] { "telstra-mass-mail", "blocklist" })]
    public void FindChecklistIds_SeveralChecklists_EachFoundWhereverItsWordIs_InCatalogueOrder(string tail, string[] expected)
    {
        var blocklist = Telstra with { Id = "blocklist", Keywords = ["spamhaus"] };
        var recognizer = new CodeRecognizer([Telstra, blocklist]);
        var text = string.Concat(Enumerable.Repeat("Diagnostic-Code: smtp; 550 5.7.1 rejected by policy\r\n", 200)) + tail;

        Assert.Equal(expected, recognizer.FindChecklistIds(text));
        Assert.Equal(expected, recognizer.Recognize(text).ChecklistIds);
    }

    [Fact]
    public void Recognize_OversizedInput_IsCutAndFlagged()
    {
        var text = new string('a', CodeRecognizer.MaxInputChars) + " 5.1.1";
        var result = _recognizer.Recognize(text);
        Assert.True(result.Truncated);
        Assert.Empty(result.Mentions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\0\u0001\uFFFD....5.5.5.5.")]
    [InlineData("5.")]
    [InlineData("5.1.")]
    [InlineData(".5.1")]
    [InlineData("55")]
    public void Recognize_OddInput_NeverThrows(string? text)
    {
        var result = _recognizer.Recognize(text);
        Assert.Empty(result.Mentions);
        Assert.False(result.Truncated);
    }
}
