using System.Text;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Tests.Fuzz;

namespace NdrBot.Core.Tests.Bounces.Reasons;

/// <summary>
/// The one-pass rule index answers as one search per rule and phrase did: a rule matches when one of its phrases
/// occurs (gapped ones in order) and none of its veto phrases does.
/// </summary>
public sealed class RuleIndexTests
{
    private static readonly PhraseRule Full = new("mailboxfull", ["mailbox full", "is full", "over quota"]);
    private static readonly PhraseRule Unknown = new("userunknown", ["user unknown", "user * does not exist", "unknown"])
    {
        Unless = ["unknown host", "host * not found"],
    };

    private static readonly PhraseRule Overlap = new("overlap", ["aaa", "aab", "ab"]);
    private static readonly RuleIndex Index = new([Full, Unknown, Overlap]);

    [Theory]
    [InlineData("550 mailbox full", "mailboxfull")]
    [InlineData("the user bob@example.org does not exist here", "userunknown")]
    [InlineData("user unknown, unknown host", null)]
    [InlineData("user unknown; host mx.example.org not found", null)]
    [InlineData("aaaab", "overlap")]
    [InlineData("", null)]
    [InlineData("nothing to see", null)]
    public void First_AnswersAsOneSearchPerPhrase(string text, string? expected)
    {
        Assert.Equal(expected, Index.For(text).First([Full, Unknown, Overlap]));
        Assert.Equal(expected, Naive([Full, Unknown, Overlap], text));
    }

    [Fact]
    public void Matches_OverlappingStarts_FindsEveryPhrase()
    {
        // Note: "aaab" holds "aaa" at 0, "aab" at 1 and "ab" at 2: each start is visited.
        var hits = Index.For("xaaab");
        Assert.True(hits.Matches(Overlap));
        Assert.False(hits.Matches(Full));
    }

    [Fact]
    public void Matches_RuleOutsideTheIndex_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => Index.For("x").Matches(new PhraseRule("other", ["x y"])));
    }

    /// <summary>The classifier's own rules over every public sample's text: the index agrees with the naive reading.</summary>
    [Fact]
    public void ClassifierRules_OverThePublicSamples_AgreeWithOneSearchPerPhrase()
    {
        PhraseRule[] rules =
        [
            AddressPhrases.MailboxFull, AddressPhrases.ExceedLimit, AddressPhrases.MesgTooBig, AddressPhrases.Suspend,
            AddressPhrases.HasMoved, AddressPhrases.UserUnknown, AddressPhrases.HostUnknown, AddressPhrases.NotAccept,
            AddressPhrases.UserUnknownWeak, AddressPhrases.DirectoryLookup, PolicyPhrases.NoRelaying, PolicyPhrases.AuthFailure,
            PolicyPhrases.RequirePtr, PolicyPhrases.BadReputation, PolicyPhrases.VirusDetected, PolicyPhrases.RecipientChoice,
            PolicyPhrases.BlockList, PolicyPhrases.SpamDetected, PolicyPhrases.NotCompliantRfc, PolicyPhrases.PolicyViolation,
            PolicyPhrases.Rejected, PolicyPhrases.Blocked, PolicyPhrases.Filtered, PolicyPhrases.FailedStartTls,
            PolicyPhrases.SecurityError, PolicyPhrases.ContentError, TransportPhrases.RateLimited, TransportPhrases.TooManyConn,
            TransportPhrases.NetworkError, TransportPhrases.Expired, TransportPhrases.SystemFull, TransportPhrases.MailerError,
            TransportPhrases.SyntaxError, TransportPhrases.SystemError,
        ];
        var index = new RuleIndex(rules);
        var matched = 0;
        foreach (var sample in PublicSamples.All)
        {
            var text = Encoding.Latin1.GetString(sample).ToLowerInvariant();
            var hits = index.For(text);
            foreach (var rule in rules)
            {
                var expected = NaiveMatches(rule, text);
                Assert.True(expected == hits.Matches(rule), $"{rule.Reason}: index {!expected}, naive {expected}");
                matched += expected ? 1 : 0;
            }
        }

        Assert.True(matched > 100, $"only {matched} rule matches over the samples: the check compared too little");
    }

    private static string? Naive(PhraseRule[] rules, string text) => rules.FirstOrDefault(r => NaiveMatches(r, text))?.Reason;

    private static bool NaiveMatches(PhraseRule rule, string text) =>
        text.Length > 0 && !rule.Unless.Any(p => Occurs(p, text)) && rule.Phrases.Any(p => Occurs(p, text));

    /// <summary>A phrase, or its <c>*</c>-separated parts in order, each within 200 characters of the previous one.</summary>
    private static bool Occurs(string phrase, string text)
    {
        var parts = phrase.Split('*');
        for (var at = text.IndexOf(parts[0], StringComparison.Ordinal); at >= 0; at = text.IndexOf(parts[0], at + 1, StringComparison.Ordinal))
        {
            var from = at + parts[0].Length;
            var ok = true;
            foreach (var part in parts.Skip(1))
            {
                var window = Math.Min(200 + part.Length, text.Length - from);
                var next = window <= 0 ? -1 : text.IndexOf(part, from, window, StringComparison.Ordinal);
                if (next < 0)
                {
                    ok = false;
                    break;
                }

                from = next + part.Length;
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }
}
