using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ARSoft.Tools.Net;
using ARSoft.Tools.Net.Dns;

namespace NdrBot.Tests.Shared.Dns;

/// <summary>
/// A real DNS server for tests: ARSoft.Tools.Net's server in-process, answering the records of a
/// <see cref="TestZone"/> over UDP and TCP on 127.0.0.1 at a random high port (several test runs on one machine
/// don't collide). Names it has no record for get NXDOMAIN, or NOERROR with no data when a longer name exists
/// under them; every question asked is counted, so tests can show caching and coalescing from the server's side.
/// </summary>
internal sealed class TestDnsServer : IDisposable
{
    private static readonly SoaRecord Soa = new(DomainName.Parse("test"), 60, DomainName.Parse("ns.test"), DomainName.Parse("hostmaster.test"), 1, 3600, 600, 86400, 60);

    private readonly TestZone _zone;
    private readonly DnsServer _server;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<(string Name, RecordType Type, TransportProtocol Transport)> _queries = new();

    private TestDnsServer(TestZone zone, IPEndPoint endPoint)
    {
        _zone = zone;
        EndPoint = endPoint;
        _server = new DnsServer(new UdpServerTransport(endPoint, 5000), new TcpServerTransport(endPoint, 5000, 5000));
        _server.QueryReceived += OnQueryAsync;
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>The server as a <c>Diagnostics:Dns:Servers</c> value.</summary>
    public string Address => $"{EndPoint.Address}:{EndPoint.Port}";

    public IReadOnlyList<(string Name, RecordType Type, TransportProtocol Transport)> Queries => [.. _queries];

    public static TestDnsServer Start(TestZone zone)
    {
        Exception? last = null;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var endPoint = new IPEndPoint(IPAddress.Loopback, Random.Shared.Next(20_000, 61_000));
            if (!Free(endPoint))
            {
                continue;
            }

            var server = new TestDnsServer(zone, endPoint);
            try
            {
                server._server.Start();
                return server;
            }
            catch (SocketException ex)
            {
                last = ex;
                server.Dispose();
            }
        }

        throw new InvalidOperationException("no free loopback port for the test DNS server", last);
    }

    /// <summary>How many times a question for <paramref name="name"/> (any type, or <paramref name="type"/>) reached the server.</summary>
    public int Count(string name, RecordType? type = null) =>
        _queries.Count(q => q.Name == name.ToLowerInvariant().TrimEnd('.') && (type is null || q.Type == type));

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _server.Stop();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            // Note: ARSoft's Stop() waits for its listener tasks, which end cancelled when no query came in yet.
        }

        _stopping.Dispose();
    }

    private static bool Free(IPEndPoint endPoint)
    {
        try
        {
            using var udp = new UdpClient(endPoint);
            var tcp = new TcpListener(endPoint);
            tcp.Start();
            tcp.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task OnQueryAsync(object sender, QueryReceivedEventArgs e)
    {
        if (e.Query is not DnsMessage query || query.Questions.Count != 1)
        {
            return;
        }

        var question = query.Questions[0];
        var name = question.Name.ToString().TrimEnd('.').ToLowerInvariant();
        _queries.Enqueue((name, question.RecordType, e.TransportProtocol));
        if (_zone.Silent.Any(s => name == s || name.EndsWith("." + s, StringComparison.Ordinal)))
        {
            try
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var response = query.CreateResponseInstance();
        response.IsAuthoritiveAnswer = true;
        var answers = _zone.Records.Where(r => r.Name.Equals(question.Name) && r.RecordType == question.RecordType).ToList();
        if (answers.Count > 0)
        {
            response.AnswerRecords.AddRange(answers);
            response.ReturnCode = ReturnCode.NoError;
        }
        else
        {
            var exists = _zone.Records.Any(r => r.Name.Equals(question.Name) || r.Name.IsSubDomainOf(question.Name));
            response.ReturnCode = exists ? ReturnCode.NoError : ReturnCode.NxDomain;
            response.AuthorityRecords.Add(Soa);
        }

        e.Response = response;
    }
}
