using System.Text;
using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>
/// A minimal catalogue (class entries plus the Telstra checklist) so bounce tests do not depend on the shipped
/// catalogue's contents.
/// </summary>
internal static class TestCatalogue
{
    private const string Json = """
        {"entries":[
          {"code":"5.x.x","title":"Permanent failure","meaning":"m","steps":[{"who":"sender","text":"x"}],"sources":["iana:RFC3463"]},
          {"code":"4.x.x","transient":true,"title":"Transient failure","meaning":"m","steps":[{"who":"sender","text":"x"}],"sources":["iana:RFC3463"]},
          {"code":"2.x.x","title":"Success","meaning":"m","steps":[{"who":"sender","text":"x"}],"sources":["iana:RFC3463"]}],
         "checklists":[
          {"id":"telstra-mass-mail","title":"Telstra SMTP Mass Mail","summary":"s","keywords":["bigpond"],
           "steps":[{"id":"apply","text":"Apply for the SMTP Mass Mail service."}],"sources":["telstra:mass-mail"]}]}
        """;

    public static CodeCatalogue Create()
    {
        var result = CodeCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));
        return result.Catalogue ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
