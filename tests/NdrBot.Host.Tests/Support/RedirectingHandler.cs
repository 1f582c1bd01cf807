namespace NdrBot.Host.Tests.Support;

/// <summary>Sends every request to <paramref name="target"/>'s scheme, host and port, keeping path and query (a fake identity provider).</summary>
internal sealed class RedirectingHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
{
    public List<Uri> Requested { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (Requested)
        {
            Requested.Add(request.RequestUri!);
        }

        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
