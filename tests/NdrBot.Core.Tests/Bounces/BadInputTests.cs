using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Hostile or broken input: never an exception, always a sensible kind.</summary>
public sealed class BadInputTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    [Fact]
    public void Analyze_Empty_IsNotBounce()
    {
        Assert.Equal(ExplanationKind.NotBounce, _analyzer.Analyze([]).Kind);
        Assert.Equal(ExplanationKind.NotBounce, _analyzer.AnalyzeText("").Kind);
        Assert.Equal(ExplanationKind.NotBounce, _analyzer.AnalyzeText(null).Kind);
    }

    [Fact]
    public void Analyze_BinaryJunk_IsNotBounce()
    {
        var junk = new byte[64 * 1024];
        new Random(42).NextBytes(junk);

        Assert.Equal(ExplanationKind.NotBounce, _analyzer.Analyze(junk).Kind);
        Assert.Equal(ExplanationKind.NotBounce, _analyzer.AnalyzeText(Encoding.Latin1.GetString(junk)).Kind);
    }

    [Fact]
    public void AnalyzeText_FiveMegabytePaste_IsCutWithNotice()
    {
        var paste = "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' for a@example.com\n"
            + new string('x', 5 * 1024 * 1024);

        var report = _analyzer.AnalyzeText(paste);

        Assert.Contains(report.Notices, n => n.Contains("only the first", StringComparison.Ordinal));
        Assert.Equal(ExplanationKind.Bounce, report.Kind);
    }

    [Fact]
    public void Analyze_FiveMegabyteMessage_IsCutWithNotice()
    {
        var message = Encoding.ASCII.GetBytes("From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\n\r\n" + new string('y', 5 * 1024 * 1024));

        var report = _analyzer.Analyze(new MemoryStream(message));

        Assert.Contains(report.Notices, n => n.Contains("only the first", StringComparison.Ordinal));
        Assert.Equal(ExplanationKind.NotBounce, report.Kind);
    }

    [Fact]
    public void Analyze_MimeNested200Deep_IsNotReadPastTheLimitAndSaysSo()
    {
        var sb = new StringBuilder("From: MAILER-DAEMON@example.com\r\nTo: a@example.com\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < 200; i++)
        {
            sb.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }

        sb.Append("Content-Type: text/plain\r\n\r\n<z@example.org>: host mx said: 550 5.1.1 User unknown\r\n");
        for (var i = 199; i >= 0; i--)
        {
            sb.Append($"--b{i}--\r\n");
        }

        var report = _analyzer.Analyze(Encoding.ASCII.GetBytes(sb.ToString()));

        // Note: the only failure text sits 200 levels down, past the depth limit, so nothing is reported from it.
        Assert.Equal(ExplanationKind.NotBounce, report.Kind);
        Assert.Empty(report.Recipients);
        Assert.Equal(["MIME parts nested deeper than 16 levels were not read."], report.Notices);
    }

    [Fact]
    public void Analyze_TruncatedDsn_StillReadsWhatIsThere()
    {
        const string Truncated = "From: MAILER-DAEMON@example.com\r\nTo: a@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
            + "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host example.com.\r\n\r\n--B\r\n"
            + "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; example.com\r\n\r\nFinal-Recipient: rfc822; x@example.org\r\n"
            + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unkn";

        var report = _analyzer.Analyze(Encoding.ASCII.GetBytes(Truncated));

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal("x@example.org", Assert.Single(report.Recipients).Recipient);
    }

    [Fact]
    public void Analyze_InvalidCharset_StillReadsTheRecipientAndReason()
    {
        var message = Encoding.Latin1.GetBytes("From: MAILER-DAEMON@example.com\r\nTo: a@example.com\r\nSubject: Mail delivery failed\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"x-no-such-charset-\u00ff\"\r\n\r\n"
            + "A message that you sent could not be delivered.\r\n  q@example.net\r\n    550 5.2.2 Mailbox full \u00e9\u00ff\r\n");

        var report = _analyzer.Analyze(message);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("q@example.net", "5.2.2", "mailboxfull"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }

    [Fact]
    // Note: the mailer daemon says "Undeliverable", so it is a non-delivery notice even though its report part is
    // unreadable; what must not happen is an address or a code read out of the garbage (its status is only inferred).
    public void Analyze_Base64GarbageAsTheOnlyReport_IsANoticeThatNamesNoRecipientOrCode()
    {
        var message = Encoding.ASCII.GetBytes("From: MAILER-DAEMON@example.com\r\nTo: a@example.com\r\nSubject: Undeliverable\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
            + "--B\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not*base64@@@\r\n=====\r\n--B--\r\n");

        var report = _analyzer.Analyze(message);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        var only = Assert.Single(report.Recipients);
        Assert.Equal((null, null, true), (only.Recipient, only.ReplyCode, only.StatusInferred));
        Assert.Empty(report.Notices);
    }

    [Fact]
    public void AnalyzeText_PlainChatQuestion_IsNotBounce()
    {
        Assert.Equal(ExplanationKind.NotBounce, _analyzer.AnalyzeText("hi team, can someone look at my printer?").Kind);
    }
}
