using NdrBot.Cards.Model;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Tests.Activities;

public sealed class ActivityAskerTests
{
    [Fact]
    public void Of_ChannelThread_GivesTheChannelAsConversationAndTheRootPostAsThread()
    {
        var activity = new Activity
        {
            From = new ChannelAccount("29:alex", "Alex Wilber"),
            Conversation = new ConversationAccount("19:abc@thread.tacv2;messageid=1712345678901") { ConversationType = "channel" },
        };

        Assert.Equal(new Asker(ChatChannel.Teams, "29:alex", "Alex Wilber", "19:abc@thread.tacv2", "1712345678901"), ActivityAsker.Of(activity));
    }

    [Fact]
    public void Of_PersonalChat_IsPrivateWithoutThread() =>
        Assert.Equal(
            new Asker(ChatChannel.Teams, "29:alex", "Alex Wilber", "a:1Xyz") { Private = true },
            ActivityAsker.Of(new Activity
            {
                From = new ChannelAccount("29:alex", "Alex Wilber"),
                Conversation = new ConversationAccount("a:1Xyz") { ConversationType = "personal" },
            }));

    [Fact]
    public void Of_UserWithAadObjectId_IsThatId_InTheTenantFromChannelData()
    {
        var activity = NdrBot.Teams.Activities.TeamsJson.TryParseActivity(System.Text.Encoding.UTF8.GetBytes("""
            {"type":"message","from":{"id":"29:alex","name":"Alex Wilber","aadObjectId":"6f1b-aad"},
             "conversation":{"id":"19:abc@thread.tacv2","conversationType":"channel"},"channelData":{"tenant":{"id":"tenant-7"}}}
            """))!;

        var asker = ActivityAsker.Of(activity);

        Assert.Equal(("6f1b-aad", "Alex Wilber", "tenant-7"), (asker.UserId, asker.UserName, asker.Workspace));
    }
}
