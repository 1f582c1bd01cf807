namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// Draws NdrBot's Teams icons: an envelope. The colour icon (192×192) is the envelope in white on the accent colour,
/// inside the 96×96 symbol area Teams asks for (48 px padding); the outline icon (32×32) is the white envelope on a
/// transparent background. Integer 4×4 supersampling, so the pixels are the same on every machine.
/// </summary>
internal static class IconArt
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    public static readonly (byte R, byte G, byte B) Accent = (0x1F, 0x5F, 0xAD);

    private const int Samples = 4;

    public static RgbaImage Color()
    {
        var image = new RgbaImage(ColorSize, ColorSize, new byte[ColorSize * ColorSize * 4]);
        const int padding = 48, symbol = ColorSize - (2 * padding);
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var cover = Coverage(x - padding, y - padding, symbol, stroke: 0.075);
                var at = ((y * ColorSize) + x) * 4;
                image.Pixels[at] = Blend(Accent.R, cover);
                image.Pixels[at + 1] = Blend(Accent.G, cover);
                image.Pixels[at + 2] = Blend(Accent.B, cover);
                image.Pixels[at + 3] = 255;
            }
        }

        return image;
    }

    public static RgbaImage Outline()
    {
        var image = new RgbaImage(OutlineSize, OutlineSize, new byte[OutlineSize * OutlineSize * 4]);
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var at = ((y * OutlineSize) + x) * 4;
                image.Pixels[at] = image.Pixels[at + 1] = image.Pixels[at + 2] = 255;
                image.Pixels[at + 3] = (byte)(((Coverage(x, y, OutlineSize, stroke: 0.085) * 255) + 8) / 16);
            }
        }

        return image;
    }

    /// <summary>How many of the 16 sub-samples of pixel (x, y) in a <paramref name="size"/> box fall on the glyph.</summary>
    private static int Coverage(int x, int y, int size, double stroke)
    {
        var count = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var u = (x + ((sx + 0.5) / Samples)) / size;
                var v = (y + ((sy + 0.5) / Samples)) / size;
                count += OnEnvelope(u, v, stroke / 2) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>An envelope outline with its flap, in unit coordinates, strokes <c>2 × half</c> wide.</summary>
    private static bool OnEnvelope(double u, double v, double half)
    {
        const double left = 0.1, right = 0.9, top = 0.22, bottom = 0.78, flapTip = 0.55;
        var outer = u >= left - half && u <= right + half && v >= top - half && v <= bottom + half;
        var inner = u > left + half && u < right - half && v > top + half && v < bottom - half;
        if (!outer)
        {
            return false;
        }

        return !inner
            || Distance(u, v, left, top, 0.5, flapTip) <= half
            || Distance(u, v, 0.5, flapTip, right, top) <= half;
    }

    private static double Distance(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        double cx = ax + (t * dx) - px, cy = ay + (t * dy) - py;
        return Math.Sqrt((cx * cx) + (cy * cy));
    }

    private static byte Blend(byte background, int cover) => (byte)(((background * (16 - cover)) + (255 * cover) + 8) / 16);
}
