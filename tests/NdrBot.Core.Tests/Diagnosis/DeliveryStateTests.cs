using System.Text;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Diagnosis;

/// <summary>
/// Issue 17: whether the sending server gave up is a fact of the report (its DSN Action, a delay warning or a failure
/// notice), separate from the code's class.
/// </summary>
public sealed class DeliveryStateTests
{
    private static readonly Explainer Explainer = new();

    private const string QueueExpiredNdr = """
        Delivery has failed to these recipients or groups:

        jane@contoso.example
        The recipient's email system didn't accept the message in time, so delivery was abandoned.

        Diagnostic information for administrators:

        Generating server: AM6PR01MB1234.eurprd01.prod.outlook.com

        jane@contoso.example
        Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'
        """;

    [Fact]
    public void Explain_QueueExpiredNdr_IsFinalThoughTheCodeIsTemporary()
    {
        var finding = Assert.Single(Explainer.Explain(QueueExpiredNdr).Findings);

        Assert.Equal("4.4.7", finding.Status);
        Assert.False(finding.Permanent);
        Assert.True(finding.Lookup.Entry.Transient);
        Assert.Equal(DeliveryState.Final, finding.Delivery);
        Assert.Contains("queue.expired", finding.DeliveryBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PostfixDelayWarning_IsRetrying()
    {
        const string Warning = """
            This is the mail system at host relay.example.org.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            <bob@dest.example>: host mx.dest.example[198.51.100.9] said: 421 4.4.7 Try later (in reply to RCPT TO command)
            """;

        var finding = Assert.Single(Explainer.Explain(Warning).Findings);

        Assert.Equal(DeliveryState.Retrying, finding.Delivery);
    }

    [Theory]
    [InlineData("failed", "4.4.7", DeliveryState.Final)]
    [InlineData("delayed", "4.4.7", DeliveryState.Retrying)]
    [InlineData("delayed", "4.2.2", DeliveryState.Retrying)]
    public void Explain_DsnAction_DecidesRegardlessOfTheClass(string action, string status, DeliveryState expected)
    {
        var message = $"""
            From: Mail Delivery System <MAILER-DAEMON@relay.example.org>
            To: ann@example.org
            Subject: Delivery report
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain

            Report for one recipient.

            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; relay.example.org

            Final-Recipient: rfc822; bob@dest.example
            Action: {action}
            Status: {status}
            Diagnostic-Code: smtp; 421 {status} Try again later

            --b1--
            """;

        var finding = Assert.Single(Explainer.Explain(Encoding.ASCII.GetBytes(message.Replace("\n", "\r\n", StringComparison.Ordinal))).Findings);

        Assert.Equal(expected, finding.Delivery);
        Assert.Contains("Action", finding.DeliveryBasis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4.4.7")]
    [InlineData("5.1.1")]
    [InlineData("what does 550 5.7.1 mean?")]
    public void Explain_BareCodeQuestion_CannotTell(string question)
    {
        var finding = Assert.Single(Explainer.Explain(question).Findings);

        Assert.Equal(DeliveryState.Unknown, finding.Delivery);
        Assert.Contains("cannot tell", finding.DeliveryBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PermanentRefusalWithoutNoticeWords_IsFinalByItsClass()
    {
        const string Line = "mx.dest.example said: 550 5.1.1 <bob@dest.example>: Recipient address rejected: User unknown";

        var finding = Assert.Single(Explainer.Explain(Line).Findings);

        Assert.Equal(DeliveryState.Final, finding.Delivery);
    }

    [Fact]
    public void Explain_TemporaryRefusalWithoutReport_CannotTell()
    {
        const string Line = "mx.dest.example said: 451 4.7.1 Greylisted, please try again later";

        var finding = Assert.Single(Explainer.Explain(Line).Findings);

        Assert.Equal(DeliveryState.Unknown, finding.Delivery);
    }
}
