using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NdrBot.Host.Tests.Support;

/// <summary>Sets the caller's address the way Kestrel would, before anything else runs.</summary>
internal sealed class RemoteAddressFilter(Func<IPAddress> address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address();
            return nextMiddleware(context);
        });
        next(app);
    };
}
