using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Tests.Building;

/// <summary>The "Checks" section of a bounce card in both formats: content, escaping, caps, and the channels' limits.</summary>
public sealed class CheckSectionsTests
{
    private const string Bounce = "Delivery has failed to these recipients or groups:\n\njane@fabrikam.example\n\nDiagnostic information for administrators:\n\n"
        + "jane@fabrikam.example\nRemote Server returned '550 5.7.26 Unauthenticated email from contoso.com is not accepted due to domain's DMARC policy'\n";

    private static readonly CheckResult SpfFail = new()
    {
        Kind = CheckKind.Spf, Subject = "contoso.com for 203.0.113.9", Verdict = CheckVerdict.Fail, Record = "v=spf1 ip4:192.0.2.0/24 -all",
        Detail = "nothing before -all allows 203.0.113.9", Step = "SPF for contoso.com has no include for Exchange Online: add include:spf.protection.outlook.com.",
    };

    private static readonly CheckResult DmarcReject = new()
    {
        Kind = CheckKind.Dmarc, Subject = "contoso.com", Verdict = CheckVerdict.Reject, Record = "v=DMARC1; p=reject", Step = "Align SPF or DKIM.",
    };

    private static readonly CheckResult NoAnswer = new()
    {
        Kind = CheckKind.Blocklist, Subject = "203.0.113.9 on zen.spamhaus.org", Verdict = CheckVerdict.CouldNotCheck, Step = "Run the check again later.",
    };

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static CheckReport Report(params CheckResult[] checks) => new()
    {
        Findings = [new FindingChecks(0, checks)],
        Evidence = new CheckEvidence { SendingIp = "203.0.113.9", SendingIpSource = "the remote server's words", SenderDomain = "contoso.com", SenderDomainSource = "the remote server's words" },
    };

    private static Answer Answer(CheckReport? report) => AnswerBuilder.FromExplanation(new Explainer().Explain(Bounce), checks: report);

    [Fact]
    public void Bounce_WithChecks_ShowsEachCheckItsVerdictRecordAndStepInBothFormats()
    {
        var answer = Answer(Report(SpfFail, DmarcReject, NoAnswer));

        CardChecks.AssertClean(answer, "bounce with checks");
        var adaptive = CardChecks.Adaptive(answer).ToJsonString(Readable);
        var slack = CardChecks.Slack(answer).ToJsonString(Readable);
        foreach (var text in new[] { "Checks", "SPF", "fail", "v=spf1 ip4:192.0.2.0/24 -all", "add include:spf.protection.outlook.com", "p=reject", "could not check", "Sending IP 203.0.113.9" })
        {
            Assert.Contains(text, adaptive, StringComparison.Ordinal);
            Assert.Contains(text, slack, StringComparison.Ordinal);
        }

        Assert.Contains("✗ *fail*", slack, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"Attention\"", adaptive, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounce_WithoutChecks_HasNoChecksSection()
    {
        Assert.Null(Answer(null).Checks);
        Assert.Null(Answer(CheckReport.Empty).Checks);
        Assert.DoesNotContain("Checks", CardChecks.Slack(Answer(null)).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_Pending_RendersThePlaceholderCleanly()
    {
        var answer = Answer(null) with { Checks = CheckSections.Pending() };

        CardChecks.AssertClean(answer, "pending checks");
        Assert.Contains("Looking up SPF", CardChecks.Adaptive(answer).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_RecordFromDns_IsEscapedLikeAnyUntrustedText()
    {
        var hostile = SpfFail with { Record = "v=spf1 <!channel> <at>boss</at> *bold* `tick` -all", Step = "<@U123> & friends" };

        var answer = Answer(Report(hostile));

        CardChecks.AssertClean(answer, "hostile record");
        var slack = CardChecks.Slack(answer).ToJsonString();
        Assert.DoesNotContain("<!channel>", slack, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U123>", slack, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", CardChecks.Adaptive(answer).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_MoreThanTheCap_ShowsTheCapAndSaysHowManyWereLeftOff()
    {
        var many = Enumerable.Range(0, AnswerLimits.MaxChecks + 3).Select(i => NoAnswer with { Subject = $"45.33.10.{i} on bl{i}.example" }).ToArray();

        var section = CheckSections.From(Report(many))!;

        Assert.Equal(AnswerLimits.MaxChecks, section.Lines.Count);
        Assert.Contains(section.Notes, n => n.StartsWith("3 more check(s)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CheckVerdict.Pass, CheckTone.Good)]
    [InlineData(CheckVerdict.NotListed, CheckTone.Good)]
    [InlineData(CheckVerdict.SoftFail, CheckTone.Warning)]
    [InlineData(CheckVerdict.Listed, CheckTone.Attention)]
    [InlineData(CheckVerdict.NullMx, CheckTone.Attention)]
    [InlineData(CheckVerdict.CouldNotCheck, CheckTone.Neutral)]
    public void Line_Verdict_HasItsTone(CheckVerdict verdict, CheckTone tone)
    {
        Assert.Equal(tone, CheckSections.Line(SpfFail with { Verdict = verdict }).Tone);
    }

    [Fact]
    public void Line_EveryVerdict_HasItsOwnWords()
    {
        var words = Enum.GetValues<CheckVerdict>().Select(CheckSections.Verdict).ToList();

        Assert.Equal(words.Count, words.Distinct().Count());
    }
}
