using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Bounce text as people paste it into chat (Bounces/Pastes/*.txt, expectations.tsv beside them).</summary>
public sealed class PasteTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Bounces", "Pastes");

    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "expectations.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f.Length > 4 ? f[4] : "");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AnalyzeText_Paste_FindsRecipientStatusAndReason(string file, string recipient, string status, string reason, string checklist)
    {
        var report = new BounceAnalyzer(TestCatalogue.Create()).AnalyzeText(File.ReadAllText(Path.Combine(Folder, file)));

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        var first = Assert.Single(report.Recipients);
        Assert.Equal(recipient, first.Recipient);
        Assert.Equal(status, first.Status);
        Assert.Equal(reason, first.Reason);
        if (checklist.Length > 0)
        {
            Assert.Contains(report.Checklists, c => c.Id == checklist);
        }
    }

    /// <summary>
    /// Postfix's commonest line, "host X[ip] said: …", wrapped so that "said:" opens the code's line: the remote server
    /// is the host that said it (not the reporting host of "This is the mail system at host …"), and the server's words
    /// start at its reply.
    /// </summary>
    [Theory]
    [InlineData("postfix-wrapped-said.txt", "contoso-com.mail.protection.outlook.com", "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal")]
    [InlineData("postfix-user-unknown.txt", "mx1.receiver.example", "550 5.1.1 <bob@receiver.example>: Recipient address rejected")]
    public void AnalyzeText_PostfixHostSaidLine_RemoteIsTheHostThatSaidIt_AndItsWordsStartAtTheReply(string file, string remote, string wordsStart)
    {
        var report = new BounceAnalyzer(TestCatalogue.Create()).AnalyzeText(File.ReadAllText(Path.Combine(Folder, file)));

        var first = Assert.Single(report.Recipients);
        Assert.Equal(remote, first.RemoteMta);
        Assert.StartsWith(wordsStart, first.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_Fixtures_AtLeastTwelve()
    {
        Assert.True(Cases().Count >= 12);
    }
}
