using System.Globalization;
using System.Text;
using CsCheck;
using NdrBot.Core.Bounces;
using NdrBot.Core.Codes;
using NdrBot.Core.Tests.Bounces;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// Issue 9, bounded work: the analyser's own limits hold whatever the input asks for: MIME depth, recipients per
/// report, mentions per recognition.
/// </summary>
public sealed class WorkLimitTests
{
    private const string Dsn = "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n--R\n"
        + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; deep@example.org\n"
        + "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--R--\n";

    [Fact]
    public void Analyze_MimeNestedPastTheLimit_SaysSoAndStaysWellFormed()
    {
        var options = BounceAnalyzerOptions.Default;
        var analyzer = new BounceAnalyzer(TestCatalogue.Create(), options);
        var gen = Gen.Int[options.MaxMimeDepth + 1, 400];

        FuzzRun.Check(gen, depth =>
        {
            var report = analyzer.Analyze(Nested(depth));

            ReportChecks.WellFormed(report, options);
            Assert.Contains(report.Notices, n => n.Contains("nested deeper", StringComparison.Ordinal));
            Assert.DoesNotContain(report.Recipients, r => r.Recipient == "deep@example.org");
        }, 20, depth => depth.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Analyze_MimeNestedWithinTheLimit_IsRead()
    {
        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(Nested(BounceAnalyzerOptions.Default.MaxMimeDepth - 2));

        Assert.Equal("deep@example.org", Assert.Single(report.Recipients).Recipient);
    }

    [Fact]
    public void Analyze_MoreRecipientsThanTheLimit_ReportsAtMostTheLimit()
    {
        var gen = Gen.Select(Gen.Int[1, 20], Gen.Int[1, 600], Gen.Bool);

        FuzzRun.Check(gen, t =>
        {
            var (limit, count, asDsn) = t;
            var options = new BounceAnalyzerOptions { MaxRecipients = limit };
            var analyzer = new BounceAnalyzer(TestCatalogue.Create(), options);
            var text = asDsn ? DsnGroups(count) : PastedLines(count);

            foreach (var report in new[] { analyzer.AnalyzeText(text), analyzer.Analyze(Encoding.ASCII.GetBytes(text)) })
            {
                ReportChecks.WellFormed(report, options);
                Assert.Equal(Math.Min(limit, count), report.Recipients.Count);
            }
        }, 30, t => t.ToString());
    }

    [Fact]
    public void Recognize_ThousandsOfDistinctCodes_KeepsAtMostTwoHundred()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => string.Create(CultureInfo.InvariantCulture, $"5.{i % 100}.{i / 100}")));

        var result = new CodeRecognizer().Recognize(text);

        Assert.Equal(200, result.Mentions.Count);
        ReportChecks.WellFormed(result, text);
    }

    private static byte[] Nested(int depth) =>
        Encoding.ASCII.GetBytes(Mutations.NestMultiparts("From: MAILER-DAEMON@mx.example\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\n" + Dsn, depth));

    private static string PastedLines(int count)
    {
        var text = new StringBuilder("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<user{i}@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n");
        }

        return text.ToString();
    }

    private static string DsnGroups(int count)
    {
        var text = new StringBuilder("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n\n--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nFinal-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: 5.1.1\n");
        }

        return text.Append("\n--R--\n").ToString();
    }
}
