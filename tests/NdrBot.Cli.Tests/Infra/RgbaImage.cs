namespace NdrBot.Cli.Tests.Infra;

/// <summary>8-bit RGBA pixels, row by row, four bytes a pixel.</summary>
internal sealed record RgbaImage(int Width, int Height, byte[] Pixels)
{
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var at = ((y * Width) + x) * 4;
            return (Pixels[at], Pixels[at + 1], Pixels[at + 2], Pixels[at + 3]);
        }
    }
}
