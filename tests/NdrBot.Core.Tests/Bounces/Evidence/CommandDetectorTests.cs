using NdrBot.Core.Bounces.Evidence;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>Which SMTP command a report says was refused.</summary>
public sealed class CommandDetectorTests
{
    // Apache James lists the envelope under "Message details:"; the listing is not a refused command.
    [Fact]
    public void Find_EnvelopeListedAsFields_IsNoCommand()
    {
        const string Text = "Error message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  Subject: Test\n  MAIL FROM: ann@example.com\n  RCPT TO: kim@example.net\n";

        Assert.Null(CommandDetector.Find(Text));
    }

    // The command as SMTP writes it (RFC 5321 4.1.1.3), quoted from a session, is still the refused one.
    [Fact]
    public void Find_CommandQuotedWithItsPath_IsThatCommand()
    {
        Assert.Equal("RCPT", CommandDetector.Find("RCPT To:<kim@example.net>\n<<< 550 No such user here\n"));
    }

    [Fact]
    public void Find_PostfixInReplyTo_IsThatCommand()
    {
        Assert.Equal("MAIL", CommandDetector.Find("said: 553 sender rejected (in reply to MAIL FROM command)"));
    }
}
