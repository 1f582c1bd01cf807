using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Phrase rules checked on made-up diagnostics, one per rule, so a rule's intent is visible apart from the corpus.</summary>
public sealed class ReasonClassifierTests
{
    private static string Classify(string diagnostic, string? status = null, string? command = null, string context = "") =>
        ReasonClassifier.Classify(new RecipientEvidence { Diagnostic = diagnostic, Status = status, Command = command, Context = context });

    // Postfix's cleanup daemon reports a local disk or queue fault as "queue file write error".
    [Fact]
    public void Classify_QueueFileWriteError_IsSystemError()
    {
        Assert.Equal("systemerror", Classify("451 4.3.0 Error: queue file write error", "4.3.0", "DATA", "In:  MAIL FROM:<a@b.example>"));
    }

    // Gmail's wording once it stops trying to connect to a recipient server.
    [Fact]
    public void Classify_RecipientServerRefusedConnections_IsExpired()
    {
        Assert.Equal("expired", Classify("The recipient server did not accept our requests to connect. [mx.example.net 192.0.2.1: socket error]"));
    }
}
