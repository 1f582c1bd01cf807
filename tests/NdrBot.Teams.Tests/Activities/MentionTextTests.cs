using System.Text.Json;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Tests.Activities;

/// <summary>Brief A7.10 and the RemoveRecipientMention rules of A1.</summary>
public sealed class MentionTextTests
{
    [Fact]
    public void QuestionOf_BotMention_IsRemoved()
    {
        var activity = Parse("""{"text":"<at>ndrbot</at> deploy api","recipient":{"id":"28:bot"},"entities":[{"type":"mention","text":"<at>ndrbot</at>","mentioned":{"id":"28:bot","name":"ndrbot"}}]}""");

        Assert.Equal("deploy api", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_MentionWithoutText_RemovesTagBuiltFromName()
    {
        var activity = Parse("""{"text":"<at>NdrBot</at> 5.4.6","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"NdrBot"}}]}""");

        Assert.Equal("5.4.6", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_MentionInOtherCase_IsRemoved()
    {
        var activity = Parse("""{"text":"<AT>NDRBOT</AT> 5.1.1","recipient":{"id":"28:bot"},"entities":[{"type":"mention","text":"<at>ndrbot</at>","mentioned":{"id":"28:bot"}}]}""");

        Assert.Equal("5.1.1", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_OtherPersonMentioned_KeepsTheirName()
    {
        var activity = Parse("""{"text":"<at>ndrbot</at> ask <at>Kim</at>about 5.7.1","recipient":{"id":"28:bot"},"entities":[{"type":"mention","text":"<at>ndrbot</at>","mentioned":{"id":"28:bot"}},{"type":"mention","text":"<at>Kim</at>","mentioned":{"id":"29:kim"}}]}""");

        Assert.Equal("ask Kim about 5.7.1", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_NoMention_KeepsMultilinePasteAsIs()
    {
        var activity = Parse("""{"text":"line one\n550 5.1.1 User unknown","recipient":{"id":"28:bot"}}""");

        Assert.Equal("line one\n550 5.1.1 User unknown", MentionText.QuestionOf(activity));
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, TeamsJson.Options)!;
}
