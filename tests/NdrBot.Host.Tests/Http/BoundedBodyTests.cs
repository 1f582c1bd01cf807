using Microsoft.AspNetCore.Http;
using NdrBot.Host.Http;

namespace NdrBot.Host.Tests.Http;

/// <summary>Bodies are returned whole up to the limit, with or without a Content-Length, and refused above it.</summary>
public sealed class BoundedBodyTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1_000, true)]
    [InlineData(32 * 1024, true)]
    [InlineData(100_000, true)]
    [InlineData(BoundedBody.MaxBytes, true)]
    [InlineData(100_000, false)]
    [InlineData(BoundedBody.MaxBytes, false)]
    public async Task BodyUpToTheLimit_IsReturnedByteForByte(int size, bool announced)
    {
        var body = Body(size);

        var read = await BoundedBody.ReadAsync(Request(body, announced), BoundedBody.MaxBytes, CancellationToken.None);

        Assert.Equal(body, read);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BodyOverTheLimit_IsRefused(bool announced)
    {
        var read = await BoundedBody.ReadAsync(Request(Body(BoundedBody.MaxBytes + 1), announced), BoundedBody.MaxBytes, CancellationToken.None);

        Assert.Null(read);
    }

    private static byte[] Body(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 31))];

    private static HttpRequest Request(byte[] body, bool announced)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = announced ? body.Length : null;
        return context.Request;
    }
}
