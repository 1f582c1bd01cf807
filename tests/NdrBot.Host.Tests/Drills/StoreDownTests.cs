using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// A card click while the case store is down is not acknowledged: the host answers 503 with Retry-After (so Teams
/// may send it again) and nothing is half-applied; the same click once the store is back is kept.
/// </summary>
public sealed class StoreDownTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();

    [Fact]
    public async Task ActionSubmit_WhileTheStoreIsDown_Is503WithRetryAfter_AndTheSameClickLaterIsKept()
    {
        var outage = new Outage();
        using var drill = new DrillApp(DrillApp.FastSettings());
        using var app = drill.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            var inner = services.Single(d => d.ServiceType == typeof(ICaseStore));
            services.RemoveAll<ICaseStore>();
            services.AddSingleton(sp => FailingWhenDown.Wrap((ICaseStore)inner.ImplementationFactory!(sp), outage));
        }));
        using var client = app.CreateClient();
        using var asked = await client.SendAsync(Activities.Post(Activities.Message(_fake.ServiceUrl, "550 5.1.1 for jo@example.com")));
        var card = TeamsChannel.CardOf(TeamsChannel.Body(Assert.Single(await _fake.WaitForConnectorCallsAsync())));
        var claim = TeamsChannel.ActionOf(card, CardVerb.Claim);

        outage.Down = true;
        using var refused = await client.SendAsync(Activities.Post(Submit(claim)));
        outage.Down = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var store = app.Services.GetRequiredService<ICaseStore>();
        Assert.DoesNotContain(await store.HistoryAsync(claim.CaseId), e => e.Verb == CaseVerb.Claimed);

        using var kept = await client.SendAsync(Activities.Post(Submit(claim)));

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Single(await store.HistoryAsync(claim.CaseId), e => e.Verb == CaseVerb.Claimed);
    }

    /// <summary>
    /// The real store losing its file (deleted while the host runs): a question that opens a case is 503 as the reads
    /// are, not answered with a case the kept writing connection wrote into the deleted file, where nobody finds it.
    /// </summary>
    [Fact]
    public async Task WebChatQuestion_AfterTheDatabaseFileWasDeleted_Is503()
    {
        var path = TestDatabases.NewSqlitePath();
        try
        {
            using var app = new DrillApp(new Dictionary<string, string?>(DrillApp.FastSettings()) { ["Storage:SqlitePath"] = path });
            using var client = app.CreateClient();
            using var asked = await client.PostAsJsonAsync("/api/webchat", new { text = "5.1.1" });
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            using var refused = await client.PostAsJsonAsync("/api/webchat", new { text = "5.7.1" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        }
        finally
        {
            TestDatabases.DeleteSqlite(path);
        }
    }

    public void Dispose() => _fake.Dispose();

    private JsonObject Submit(CardAction action)
    {
        var submit = Activities.Message(_fake.ServiceUrl, "");
        submit.Remove("text");
        submit["id"] = "msg-" + Guid.NewGuid().ToString("N");
        submit["replyToId"] = "reply-1";
        submit["value"] = action.ToJson();
        return submit;
    }

    public sealed class Outage
    {
        private volatile bool _down;

        public bool Down { get => _down; set => _down = value; }
    }

    /// <summary>The real store, except that every call throws a SQLite error while the outage lasts.</summary>
    public class FailingWhenDown : DispatchProxy
    {
        private ICaseStore? _inner;
        private Outage? _outage;

        internal static ICaseStore Wrap(ICaseStore inner, Outage outage)
        {
            var proxy = Create<ICaseStore, FailingWhenDown>();
            var self = (FailingWhenDown)(object)proxy;
            (self._inner, self._outage) = (inner, outage);
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (_outage!.Down)
            {
                throw new SqliteException("unable to open database file", 14);
            }

            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
