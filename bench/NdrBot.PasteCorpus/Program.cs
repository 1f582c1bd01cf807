using System.Text;
using NdrBot.PasteCorpus;

// Writes tests/data/pastes/<variant>/<sample>.txt and tests/data/pastes/expected.tsv from tests/data/bounces.
// Usage: dotnet run --project bench/NdrBot.PasteCorpus [-- <repository root>]
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var root = args.Length > 0 ? args[0] : FindRoot();
var samples = Path.Combine(root, "tests", "data", "bounces");
var output = Path.Combine(root, "tests", "data", "pastes");
foreach (var old in Directory.Exists(output) ? Directory.GetDirectories(output) : [])
{
    Directory.Delete(old, recursive: true);
}

var builder = new CorpusBuilder(samples, output);
var rows = SampleRow.Load(Path.Combine(samples, "expected.tsv")).Where(r => r.Kind == "bounce");
foreach (var sample in rows.GroupBy(r => r.File))
{
    builder.Add([.. sample.OrderBy(r => r.Index)]);
}

File.WriteAllLines(Path.Combine(output, "expected.tsv"), [PasteExpectation.Header, .. builder.Rows.Select(r => r.ToTsv())]);
Console.WriteLine($"{builder.Pastes} pastes, {builder.Rows.Count} expected rows in {output}");

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NdrBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("NdrBot.sln not found above " + AppContext.BaseDirectory);
}
