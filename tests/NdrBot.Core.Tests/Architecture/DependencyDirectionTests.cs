using System.Xml.Linq;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Architecture;

/// <summary>
/// Dependencies point inward (style.md §2): Teams, Slack, Cli → Cards → Core; Triage stands alone; only Host sees all.
/// Read from the project files so that a project added later is checked too.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["NdrBot.Core"] = [],
        ["NdrBot.Cards"] = ["NdrBot.Core"],
        ["NdrBot.Triage"] = [],
        ["NdrBot.Teams"] = ["NdrBot.Cards", "NdrBot.Core"],
        ["NdrBot.Slack"] = ["NdrBot.Cards", "NdrBot.Core"],
        ["NdrBot.Cli"] = ["NdrBot.Cards", "NdrBot.Core"],
        ["NdrBot.Host"] = ["NdrBot.Teams", "NdrBot.Slack", "NdrBot.Triage", "NdrBot.Cards", "NdrBot.Core"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestData.RepoRoot, "src")))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferences_PointInward(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} is not in the layout; add it to the table with a reason");
        var references = ProjectFile(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!))
            .ToList();
        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Core_HasNoWebChatOrStoragePackages()
    {
        var packages = ProjectFile("NdrBot.Core").Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!).ToList();
        Assert.Equal(["MimeKit", "DnsClient"], packages);
    }

    [Fact]
    public void Core_Assembly_ReferencesNoOtherNdrBotOrAspNetAssembly()
    {
        var names = typeof(NdrBot.Core.Catalogue.CodeCatalogue).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("NdrBot.", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Versions_LiveOnlyInDirectoryPackagesProps()
    {
        foreach (var csproj in Directory.GetFiles(TestData.RepoRoot, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("node_modules", StringComparison.Ordinal)))
        {
            var versioned = XDocument.Load(csproj).Descendants("PackageReference").Where(r => r.Attribute("Version") is not null);
            Assert.True(!versioned.Any(), $"{csproj} pins a version; put it in Directory.Packages.props");
        }
    }

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(TestData.RepoRoot, "src", project, project + ".csproj"));
}
