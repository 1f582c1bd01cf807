using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

public sealed class IconTests
{
    private static string TeamsFolder => Path.Combine(TestData.RepoRoot, "manifests", "teams");

    /// <summary>
    /// The committed icons are the generator's output. To redraw them after changing <see cref="IconArt"/>, run the
    /// tests once with NDRBOT_WRITE_ICONS=1. Pixels are compared, not bytes, so another zlib gives no false alarm.
    /// </summary>
    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void CommittedIcon_IsWhatTheGeneratorDraws(string file)
    {
        var drawn = file == "color.png" ? IconArt.Color() : IconArt.Outline();
        var path = Path.Combine(TeamsFolder, file);
        if (Environment.GetEnvironmentVariable("NDRBOT_WRITE_ICONS") == "1")
        {
            File.WriteAllBytes(path, Png.Write(drawn));
        }

        var committed = Png.Read(File.ReadAllBytes(path));

        Assert.Equal((drawn.Width, drawn.Height), (committed.Width, committed.Height));
        Assert.True(drawn.Pixels.AsSpan().SequenceEqual(committed.Pixels), $"{file} differs from IconArt; see the summary");
    }

    [Fact]
    public void Outline_IsWhiteOnTransparent()
    {
        var outline = IconArt.Outline();

        var inked = 0;
        for (var y = 0; y < outline.Height; y++)
        {
            for (var x = 0; x < outline.Width; x++)
            {
                var (r, g, b, a) = outline[x, y];
                Assert.Equal((255, 255, 255), (r, g, b));
                inked += a > 0 ? 1 : 0;
            }
        }

        Assert.InRange(inked, 100, 32 * 32 / 2);
    }

    [Fact]
    public void Color_KeepsTheSymbolInsideTheCentral96Pixels()
    {
        var color = IconArt.Color();

        for (var y = 0; y < color.Height; y++)
        {
            for (var x = 0; x < color.Width; x++)
            {
                var inSymbolArea = x is >= 48 and < 144 && y is >= 48 and < 144;
                var (r, g, b, a) = color[x, y];
                Assert.Equal(255, a);
                if (!inSymbolArea)
                {
                    Assert.Equal(IconArt.Accent, (r, g, b));
                }
            }
        }

        Assert.Equal((255, 255, 255, 255), color[96, 48 + 75]);
    }
}
