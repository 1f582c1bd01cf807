using MimeKit;
using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Bounces.Mime;

/// <summary>
/// Bounces declared in ISO-2022-JP, windows-1252 and other code pages decode through the code-page provider the
/// analyser registers, instead of MimeKit failing over to a wrong decoding (issue 3: 17 samples hit
/// NotSupportedException before).
/// </summary>
public sealed class CharsetTests
{
    // This tests lhost-domino-02.eml: a Domino report in ISO-2022-JP ("not found in the Domino directory").
    [Fact]
    public void Inspect_Iso2022JpReport_DecodesJapanese()
    {
        _ = new BounceAnalyzer(TestCatalogue.Create());
        using var message = MimeMessage.Load(TestData.PathOf("bounces", "maildir", "bsd", "lhost-domino-02.eml"));

        var facts = MessageInspector.Inspect(message, 10);

        Assert.Contains("Domino ディレクトリには見つかりません", facts.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ShiftJisTextPart_DecodesJapanese()
    {
        var analyzer = new BounceAnalyzer(TestCatalogue.Create());
        var head = "From: MAILER-DAEMON@example.jp\r\nTo: a@example.org\r\nSubject: Returned mail\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "The following address had permanent fatal errors\r\n<taro@example.jp>\r\n550 5.1.1 ";
        var body = System.Text.Encoding.GetEncoding("shift_jis").GetBytes("宛先不明です\r\n");
        var message = System.Text.Encoding.ASCII.GetBytes(head).Concat(body).ToArray();

        var recipient = Assert.Single(analyzer.Analyze(message).Recipients);

        Assert.Contains("宛先不明", recipient.Diagnostic, StringComparison.Ordinal);
    }
}
