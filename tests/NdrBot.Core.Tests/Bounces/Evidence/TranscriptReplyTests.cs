using NdrBot.Core.Bounces.Evidence;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>The refusal read from a Sendmail-style transcript: one reply, all of its lines, nothing after it.</summary>
public sealed class TranscriptReplyTests
{
    [Fact]
    public void Find_MultiLineReply_JoinsItsLines()
    {
        const string Context = ">>> DATA\n<<< 552-5.7.0 This message was blocked because its content presents a potential\n<<< 552 5.7.0 security issue.\n554 5.0.0 Service unavailable\n";

        Assert.Equal("552-5.7.0 This message was blocked because its content presents a potential 552 5.7.0 security issue.", TranscriptReply.Find(Context));
    }

    // RFC 5321 4.2.1: a reply ends at the line whose code is followed by a space; Postfix's later answer to DATA
    // ("no valid recipients") is another reply, to another command.
    [Theory]
    [InlineData(">>> DATA\n<<< 450 4.7.1 Client host rejected: may not be mail exchanger\n<<< 554 5.5.1 Error: no valid recipients\n")]
    [InlineData(">>> DATA <<< 450 4.7.1 Client host rejected: may not be mail exchanger <kim@example.net>... Deferred <<< 554 5.5.1 Error: no valid recipients")]
    public void Find_LaterReplyOfTheSession_IsLeftOut(string context)
    {
        var reply = TranscriptReply.Find(context);

        Assert.StartsWith("450 4.7.1 Client host rejected: may not be mail exchanger", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("no valid recipients", reply, StringComparison.Ordinal);
    }
}
