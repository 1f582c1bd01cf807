using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>The public bounce and non-bounce messages (shared/data/bounces/maildir), read once, in sorted order.</summary>
internal static class PublicSamples
{
    private static readonly Lazy<byte[][]> Loaded = new(Load);

    public static IReadOnlyList<byte[]> All => Loaded.Value;

    private static byte[][] Load()
    {
        var folder = TestData.PathOf("bounces", "maildir");
        var files = Directory.GetFiles(folder, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        return files.Length > 0 ? [.. files.Select(File.ReadAllBytes)] : throw new FileNotFoundException("no .eml samples under " + folder);
    }
}
