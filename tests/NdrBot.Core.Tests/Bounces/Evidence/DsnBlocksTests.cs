using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Evidence;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>The message/delivery-status reader that replaced MimeKit's StatusGroups on the hot path (issue 3).</summary>
public sealed class DsnBlocksTests
{
    [Fact]
    public void ParseBlocks_BlankLinesFoldingAndRepeatedFields_SplitLikeRfc3464()
    {
        const string body = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n"
            + "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.org>:\n    User unknown\n"
            + "Final-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.2.2\n";

        var groups = DsnFields.ParseBlocks(body, 10);

        Assert.Equal(3, groups.Count);
        Assert.Equal("dns; mx.example.org", groups[0]["reporting-mta"]);
        Assert.Equal("smtp; 550 5.1.1 <a@example.org>: User unknown", groups[1]["Diagnostic-Code"]);
        Assert.Equal("5.2.2", groups[2]["status"]);
    }

    // Note: Office 365 adds Content-Transfer-Encoding to the first group and base64-encodes the rest (MimeKit #250).
    [Fact]
    public void Analyze_RecipientGroupsBase64Encoded_FallsBackToMimeKitReading()
    {
        var encoded = Convert.ToBase64String(Encoding.ASCII.GetBytes(
            "Final-Recipient: rfc822;jane@contoso.example\r\nAction: failed\r\nStatus: 5.2.2\r\n"
            + "Diagnostic-Code: smtp;552 5.2.2 Mailbox full\r\n"));
        var message = "From: postmaster@outlook.example\r\nTo: bob@example.org\r\nSubject: Undeliverable: hi\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nDelivery has failed.\r\n"
            + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;outlook.example\r\nContent-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n"
            + "--b--\r\n";

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(Encoding.ASCII.GetBytes(message));

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("jane@contoso.example", "5.2.2", "mailboxfull"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }
}
