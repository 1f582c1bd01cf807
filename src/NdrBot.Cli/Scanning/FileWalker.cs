namespace NdrBot.Cli.Scanning;

/// <summary>
/// Walks files and folders lazily in a fixed order: each folder's <c>*.eml</c> and <c>*.txt</c> files sorted
/// ordinally, then its subfolders sorted the same way. Only one folder's names are held at a time.
/// </summary>
internal static class FileWalker
{
    private static readonly EnumerationOptions FileListing = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };

    // Note: linked folders are not followed, so a link loop cannot make the walk endless.
    private static readonly EnumerationOptions FolderListing = new() { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.ReparsePoint };

    public static bool IsScannable(string path) =>
        path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file given by name is scanned whatever its extension; folders contribute only .eml and .txt.</summary>
    public static IEnumerable<ScanTarget> Walk(string path) =>
        Directory.Exists(path) ? WalkFolder(path) : [new ScanTarget(path)];

    private static IEnumerable<ScanTarget> WalkFolder(string folder)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder, "*", FileListing).Where(IsScannable).Order(StringComparer.Ordinal).ToArray();
            folders = Directory.GetDirectories(folder, "*", FolderListing).Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new ScanTarget(folder, ex.Message)];
        }

        return files.Select(f => new ScanTarget(f)).Concat(folders.SelectMany(WalkFolder));
    }
}
