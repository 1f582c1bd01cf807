using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Tests.Bounces;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Inputs the fuzzers found, shrunk by hand, kept as named cases (style.md §3.13).</summary>
public sealed class FuzzRegressionTests
{
    private readonly CodeRecognizer _recognizer = new();

    /// <summary>
    /// Found by <c>Recognize_TextDenseInDigitsDotsAndQuotes_IsWellFormed</c> (seed 1J9Biih-jeB5): "4.065.x" came
    /// back as a status that <see cref="StatusCode.TryParse"/> refuses, so no catalogue lookup could use it.
    /// </summary>
    [Theory]
    [InlineData("4.065.x")]
    [InlineData("550 5.01.1 user unknown")]
    [InlineData("error 5.1.01")]
    public void Recognize_PartWithLeadingZero_IsNotACode(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.DoesNotContain(result.Mentions, m => m.Status is not null);
        ReportChecks.WellFormed(result, text);
    }

    [Theory]
    [InlineData("5.0.0", "5.0.0")]
    [InlineData("see 4.10.x", "4.10.x")]
    [InlineData("550 5.1.10 gone", "5.1.10")]
    public void Recognize_ZeroThatIsNotLeading_IsStillACode(string text, string status)
    {
        Assert.Contains(_recognizer.Recognize(text).Mentions, m => m.Status == status);
    }

    /// <summary>
    /// Found by <c>Analyze_MutatedPublicSamples_IsWellFormedThroughEveryEntry</c> (seed eQaPPI73TFA4, an Exim
    /// auto-replied sample cut inside its From) and <c>Analyze_InputOverTheSizeCap_ReportsTruncation</c> (seed
    /// eVF4BwWQdW03, From: mailer-daemon): the sender's words "mai" and "mailer-daemon" were reported as recipients.
    /// </summary>
    [Theory]
    [InlineData("Mail Delivery System <mai")]
    [InlineData("mailer-daemon")]
    [InlineData("\"Out Of Office\" <>")]
    public void Analyze_AutoReplyFromWithoutAddress_ReportsNoRecipientAddress(string from)
    {
        var message = Encoding.Latin1.GetBytes($"From: {from}\nTo: a@example.org\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nI am away until Monday.\n");

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(message);

        Assert.Equal(ExplanationKind.AutoReply, report.Kind);
        Assert.Null(Assert.Single(report.Recipients).Recipient);
    }

    [Fact]
    public void Analyze_AutoReplyFromAnAddress_KeepsIt()
    {
        var message = Encoding.Latin1.GetBytes("From: Neko <Neko@Example.JP>\nTo: a@example.org\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nAway.\n");

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(message);

        Assert.Equal("neko@example.jp", Assert.Single(report.Recipients).Recipient);
    }

    /// <summary>
    /// Found by <c>Analyze_DamagedSamples_AllocateLinearlyInTheReadInput</c> (seed aLqJhCmzFKH1): a 100 KB header
    /// field folded every 70 characters allocated 69 MB in MimeKit's header buffer, quadratic in the field length.
    /// </summary>
    [Fact]
    public void Analyze_HeaderFoldedThousandsOfTimes_AllocatesLinearlyAndStillReadsTheBounce()
    {
        var analyzer = new BounceAnalyzer(TestCatalogue.Create());
        var bounce = FuzzInputs.Latin1(PublicSamples.All.First(s => analyzer.Analyze(s).Recipients.Count == 1));
        var expected = analyzer.Analyze(FuzzInputs.Bytes(bounce)).Recipients[0];
        var small = FuzzInputs.Bytes(Mutations.HugeHeader(bounce, 40_000, folded: true));
        var large = FuzzInputs.Bytes(Mutations.HugeHeader(bounce, 160_000, folded: true));

        var smallCost = Allocations.Of(() => analyzer.Analyze(small));
        var largeCost = Allocations.Of(() => analyzer.Analyze(large));

        Assert.True(largeCost <= (6 * smallCost) + (1 << 20), $"4x the folded field cost {largeCost:N0} bytes against {smallCost:N0}");
        Assert.Equal(expected, analyzer.Analyze(large).Recipients.Single());
    }

    /// <summary>
    /// Found by <c>Analyze_DamagedSamples_AllocateLinearlyInTheReadInput</c> at 10x the iterations (seed
    /// 5IxAj8Thn1W3): pasted as text, a 127 KB field folded every 70 characters allocated 217 MB, because the DSN
    /// field reader appended each continuation line to a string.
    /// </summary>
    [Fact]
    public void AnalyzeText_PasteWithAFieldFoldedThousandsOfTimes_AllocatesLinearly()
    {
        var analyzer = new BounceAnalyzer(TestCatalogue.Create());
        const string Paste = "Final-Recipient: rfc822; x@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no\n";
        var small = Mutations.HugeHeader(Paste, 32_000, folded: true);
        var large = Mutations.HugeHeader(Paste, 128_000, folded: true);

        var smallCost = Allocations.Of(() => analyzer.AnalyzeText(small));
        var largeCost = Allocations.Of(() => analyzer.AnalyzeText(large));

        Assert.True(largeCost <= (6 * smallCost) + (1 << 20), $"4x the folded field cost {largeCost:N0} bytes against {smallCost:N0}");
        Assert.Equal("x@example.org", analyzer.AnalyzeText(large).Recipients.Single().Recipient);
    }

    /// <summary>
    /// Found while measuring the fix above: once joined, a 640 KB field is one line that MimeKit still reads in 4 KB
    /// pieces, growing its buffer each time (52 MB); a field is now cut at <see cref="HeaderFolds.MaxFieldChars"/>.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Analyze_HeaderFieldOfHalfAMegabyte_AllocatesAboutWhatAShortOneDoes(bool folded)
    {
        var analyzer = new BounceAnalyzer(TestCatalogue.Create());
        var sample = FuzzInputs.Latin1(PublicSamples.All[0]);
        var shortField = FuzzInputs.Bytes(Mutations.HugeHeader(sample, 1_000, folded));
        var longField = FuzzInputs.Bytes(Mutations.HugeHeader(sample, 640_000, folded));

        var shortCost = Allocations.Of(() => analyzer.Analyze(shortField));
        var longCost = Allocations.Of(() => analyzer.Analyze(longField));

        Assert.True(longCost <= (2 * shortCost) + (4 * longField.Length), $"{longCost:N0} bytes for the long field, {shortCost:N0} for the short one");
    }

    [Fact]
    public void HeaderFolds_FieldOverTheCap_IsCutAndTheBodyKept()
    {
        var message = "X-Long: " + new string('a', HeaderFolds.MaxFieldChars + 100) + "\r\nTo: a@b.example\r\n\r\n" + new string('b', HeaderFolds.MaxFieldChars + 100) + "\r\n";

        var limited = FuzzInputs.Latin1(HeaderFolds.Limit(FuzzInputs.Bytes(message), 0));

        Assert.StartsWith("X-Long: " + new string('a', HeaderFolds.MaxFieldChars - 8) + "\r\nTo: a@b.example\r\n\r\n", limited, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n" + new string('b', HeaderFolds.MaxFieldChars + 100) + "\r\n", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderFolds_OrdinaryMessage_IsNotCopied()
    {
        var sample = PublicSamples.All[0];

        Assert.Same(sample, HeaderFolds.Limit(sample, 0));
    }

    [Fact]
    public void HeaderFolds_FieldFoldedPastTheLimit_IsUnfoldedOnlyThere()
    {
        var folds = string.Concat(Enumerable.Repeat("\r\n x", HeaderFolds.KeptFolds + 3));
        var message = $"Subject: s{folds}\r\nTo: a@b.example\r\n\r\nbody\r\n x\r\n";

        var limited = FuzzInputs.Latin1(HeaderFolds.Limit(FuzzInputs.Bytes(message), 0));

        Assert.Equal(message.Length - (3 * 2), limited.Length);
        Assert.StartsWith("Subject: s" + string.Concat(Enumerable.Repeat("\r\n x", HeaderFolds.KeptFolds)) + " x x x\r\nTo:", limited, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nbody\r\n x\r\n", limited, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by <c>Analyze_MimeNestedPastTheLimit_SaysSoAndStaysWellFormed</c> (seed 3Fw7D3tfzMb4, depth 35): past
    /// MimeKit's depth limit the rest became one opaque part and the report said nothing about what it skipped.
    /// </summary>
    [Fact]
    public void Analyze_DsnThirtyFiveMultipartsDeep_SaysTheDepthWasCut()
    {
        const string Dsn = "From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\nContent-Type: message/delivery-status\n\n"
            + "Final-Recipient: rfc822; deep@example.org\nAction: failed\nStatus: 5.1.1\n";

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(Encoding.ASCII.GetBytes(Mutations.NestMultiparts(Dsn, 35)));

        Assert.Contains(report.Notices, n => n.Contains("nested deeper", StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by <c>Analyze_TenTimesTheCap_AllocatesAboutWhatTheCapDoes</c>, which took 36 s of CPU on "&lt;&lt;&lt; 550
    /// 5.1.1 " and 11 s on "550 " repeated to 1 MiB: each reply candidate was checked against every status found
    /// before it and looked for its line start from scratch. It allocated nothing, so only the run time showed it;
    /// the answers must stay what they were.
    /// </summary>
    [Theory]
    [InlineData("error 550 ", null, "550")]
    [InlineData("<<< 550 5.1.1 ", "5.1.1", "550")]
    [InlineData("> 550 Requested action\n", null, "550")]
    public void Recognize_OneCodeRepeatedToTheCap_FindsItOnce(string unit, string? status, string reply)
    {
        var text = string.Concat(Enumerable.Repeat(unit, CodeRecognizer.MaxInputChars / unit.Length));

        var mention = Assert.Single(_recognizer.Recognize(text).Mentions);

        Assert.Equal((status, reply), (mention.Status, mention.ReplyCode));
    }

    [Theory]
    [InlineData("  > 550 Requested action not taken", "550")]
    [InlineData(">>550 Requested action not taken", "550")]
    [InlineData("x > 550 Requested action not taken", null)]
    [InlineData("the smtp server said 550", "550")]
    [InlineData("a long line with no cue words before it at all 550", null)]
    public void Recognize_ReplyCodeCues_AreReadFromTheLineBeforeIt(string line, string? reply)
    {
        var text = "some earlier words that make this more than a short question\n" + line;

        Assert.Equal(reply, _recognizer.Recognize(text).Mentions.SingleOrDefault()?.ReplyCode);
    }
}
