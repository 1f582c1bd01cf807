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
}
