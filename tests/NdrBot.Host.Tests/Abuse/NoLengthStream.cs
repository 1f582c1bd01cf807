namespace NdrBot.Host.Tests.Abuse;

/// <summary>A readable stream that will not tell its length, so the client must send it chunked.</summary>
internal sealed class NoLengthStream(byte[] data) : MemoryStream(data, writable: false)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
}
