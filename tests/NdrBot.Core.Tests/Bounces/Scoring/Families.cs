namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>A sample's family: its file name without the running number (<c>lhost-exim-12.eml</c> is <c>lhost-exim</c>).</summary>
internal static class Families
{
    public static string Of(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dash = name.LastIndexOf('-');
        return dash > 0 && name[(dash + 1)..].All(char.IsAsciiDigit) ? name[..dash] : name;
    }
}
