using Microsoft.Extensions.Time.Testing;
using NdrBot.Cards.Model;
using NdrBot.Host.Checks;

namespace NdrBot.Host.Tests.Checks;

/// <summary>A card is updated once its checks are stored and its place is known, in whichever order those come.</summary>
public sealed class CheckRunsTests
{
    private static readonly CardLocation TeamsCard = new(ChatChannel.Teams, "19:c@thread.tacv2", "https://smba.example/amer/", "act-1");

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void CardPostedFirst_ReadyWhenFinished()
    {
        var runs = new CheckRuns(_time);
        var run = runs.Begin("case-1", ChatChannel.Teams);

        runs.CardPosted("case-1", TeamsCard);
        Assert.False(runs.Ready.TryRead(out _));
        Assert.True(runs.IsRunning("case-1"));
        runs.Finished(run);

        Assert.True(runs.Ready.TryRead(out var ready));
        Assert.Equal((run, TeamsCard), ready);
        Assert.False(runs.IsRunning("case-1"));
    }

    [Fact]
    public void FinishedFirst_ReadyWhenTheCardIsPosted_Once()
    {
        var runs = new CheckRuns(_time);
        var run = runs.Begin("case-1", ChatChannel.Teams);

        runs.Finished(run);
        Assert.False(runs.Ready.TryRead(out _));
        runs.CardPosted("case-1", TeamsCard);
        runs.CardPosted("case-1", TeamsCard with { MessageId = "act-2" });

        Assert.True(runs.Ready.TryRead(out var ready));
        Assert.Equal("act-1", ready.Card.MessageId);
        Assert.False(runs.Ready.TryRead(out _));
    }

    [Fact]
    public void TwoAnswersForOneCase_EachCardGetsItsOwnUpdate()
    {
        var runs = new CheckRuns(_time);
        var first = runs.Begin("case-1", ChatChannel.Teams);
        var second = runs.Begin("case-1", ChatChannel.Teams);

        runs.CardPosted("case-1", TeamsCard);
        runs.CardPosted("case-1", TeamsCard with { MessageId = "act-2" });
        runs.Finished(second);
        runs.Finished(first);

        Assert.True(runs.Ready.TryRead(out var a));
        Assert.True(runs.Ready.TryRead(out var b));
        Assert.Equal(["act-1", "act-2"], new[] { a.Card.MessageId, b.Card.MessageId }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WebChat_EndsWhenFinished_NothingToUpdate()
    {
        var runs = new CheckRuns(_time);
        var run = runs.Begin("case-1", ChatChannel.WebChat);

        runs.Finished(run);

        Assert.False(runs.IsRunning("case-1"));
        Assert.False(runs.Ready.TryRead(out _));
    }

    [Fact]
    public void Abandoned_IsNotRunning_AndACardPostedLaterWaitsForNothing()
    {
        var runs = new CheckRuns(_time);
        var run = runs.Begin("case-1", ChatChannel.Slack);

        runs.Abandon(run);
        runs.CardPosted("case-1", new CardLocation(ChatChannel.Slack, "C1", null, "1.2"));

        Assert.False(runs.IsRunning("case-1"));
        Assert.False(runs.Ready.TryRead(out _));
    }

    [Fact]
    public void FinishedButNeverPosted_IsForgottenAfterTheWait()
    {
        var runs = new CheckRuns(_time);
        runs.Finished(runs.Begin("case-1", ChatChannel.Slack));
        _time.Advance(CheckRuns.WaitForCard + TimeSpan.FromMinutes(1));

        runs.Begin("case-2", ChatChannel.Slack);
        runs.CardPosted("case-1", new CardLocation(ChatChannel.Slack, "C1", null, "1.2"));

        Assert.False(runs.Ready.TryRead(out _));
    }
}
