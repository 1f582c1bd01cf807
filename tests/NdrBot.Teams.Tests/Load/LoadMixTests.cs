using NdrBot.Load.Mix;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Auth;
using NdrBot.Tests.Shared;

namespace NdrBot.Teams.Tests.Load;

/// <summary>
/// The load harness (bench/load) must drive the real message path: its mix comes from the sample folder, and
/// every activity it posts is one the Teams adapter parses, lets through in dev mode and reads the question from.
/// </summary>
public sealed class LoadMixTests
{
    private static readonly string Maildir = TestData.PathOf("bounces", "maildir");

    [Fact]
    public void Load_SampleFolder_YieldsEveryKindFromTheFiles()
    {
        var (corpus, error) = SampleCorpus.Load(Maildir);

        Assert.Null(error);
        Assert.NotNull(corpus);
        Assert.All(corpus.Codes, m => Assert.Matches(@"[245]\.[0-9]{1,3}\.[0-9]{1,3}", m.Text));
        Assert.All(corpus.ShortPastes, m => Assert.InRange(m.Text.Split('\n').Length, 1, 5));
        Assert.All(corpus.LongPastes, m => Assert.Equal(File.ReadAllText(Directory.GetFiles(Maildir, m.Source, SearchOption.AllDirectories).Single()), m.Text));
        Assert.All(corpus.LongPastes, m => Assert.InRange(m.Text.Length, SampleCorpus.LongPasteMinBytes, SampleCorpus.LongPasteMaxBytes));
    }

    [Fact]
    public void Load_MissingFolder_ReturnsReason()
    {
        var (corpus, error) = SampleCorpus.Load(Path.Combine(Maildir, "no-such-folder"));

        Assert.Null(corpus);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryMixMessage_ParsesAsLoopbackTeamsMessageWithTheQuestion()
    {
        var (corpus, _) = SampleCorpus.Load(Maildir);
        var mix = new MessageMix(corpus!, MixWeights.Default, seed: 9, length: 512);
        var writer = new ActivityWriter(new Uri("http://127.0.0.1:5999/"));

        for (var n = 0; n < mix.Sequence.Count; n++)
        {
            var message = mix.Sequence[n];
            var activity = TeamsJson.TryParseActivity(writer.Write($"a-{n}", message, n));

            Assert.NotNull(activity);
            Assert.Equal((ActivityTypes.Message, $"a-{n}"), (activity.Type, activity.Id));
            Assert.True(TeamsRequestGate.IsLoopbackUrl(activity.ServiceUrl!));
            Assert.Equal(message.Text.Trim(), MentionText.QuestionOf(activity));
        }

        Assert.Equal(3, mix.Sequence.Select(m => m.Kind).Distinct().Count());
    }
}
