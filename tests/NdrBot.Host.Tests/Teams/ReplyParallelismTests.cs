using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Teams;

/// <summary>
/// Replies are worked on <c>Teams:ReplyParallelism</c> at a time: an answerer that holds every question until that
/// many are waiting at once only lets them go if the worker really runs that many side by side.
/// </summary>
public sealed class ReplyParallelismTests : IDisposable
{
    private const int Parallelism = 6;

    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = new(new Dictionary<string, string?> { ["Teams:ReplyParallelism"] = $"{Parallelism}" });

    [Fact]
    public async Task Questions_AreAnsweredSideBySide_UpToTheSetParallelism()
    {
        var answerer = new BarrierAnswerer(Parallelism);
        using var app = _app.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IAnswerer>();
            s.AddSingleton<IAnswerer>(answerer);
        }));
        using var client = app.CreateClient();

        for (var i = 0; i < Parallelism; i++)
        {
            var activity = Activities.Message(_fake.ServiceUrl, "5.1.1");
            activity["id"] = $"msg-{i}";
            activity["conversation"] = new JsonObject { ["id"] = $"conv-{i}" };
            using var request = Activities.Post(activity);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(Parallelism, (await _fake.WaitForConnectorCallsAsync(Parallelism)).Count);
        Assert.Equal(Parallelism, answerer.MostAtOnce);
        Assert.False(answerer.GaveUp);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    /// <summary>Holds each question until <paramref name="expected"/> are held at once (or 20 s pass, then gives up).</summary>
    private sealed class BarrierAnswerer(int expected) : IAnswerer
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _lock = new();
        private int _inFlight;
        private int _most;

        public int MostAtOnce
        {
            get
            {
                lock (_lock)
                {
                    return _most;
                }
            }
        }

        public bool GaveUp { get; private set; }

        public async ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                _inFlight++;
                _most = Math.Max(_most, _inFlight);
                if (_inFlight >= expected)
                {
                    _all.TrySetResult();
                }
            }

            try
            {
                await _all.Task.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            }
            catch (TimeoutException)
            {
                GaveUp = true;
            }

            lock (_lock)
            {
                _inFlight--;
            }

            return AnswerBuilder.Help();
        }

        public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Answer Welcome() => AnswerBuilder.Help();
    }
}
