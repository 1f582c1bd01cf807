using System.Text;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Tests.Catalogue;

/// <summary>Loads a hand-made catalogue document from JSON text, for lookup tests independent of the shipped data.</summary>
internal static class CatalogueJson
{
    public static CatalogueLoadResult Read(string json) => CodeCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    /// <summary>The loaded catalogue; the document must be valid.</summary>
    public static CodeCatalogue Load(string json)
    {
        var result = Read(json);
        Assert.Empty(result.Errors);
        return result.Catalogue!;
    }
}
