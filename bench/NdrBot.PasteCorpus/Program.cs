using System.Text;
using NdrBot.PasteCorpus;

// Writes tests/data/pastes/<variant>/<sample>.txt and tests/data/pastes/expected.tsv from tests/data/bounces.
// Usage: dotnet run --project bench/NdrBot.PasteCorpus [-- <repository root>]
//        dotnet run --project bench/NdrBot.PasteCorpus -- --from DIR --out DIR2
//   --from: labelled messages outside the repository (every DIR/expected*.tsv, paths relative to DIR, as the
//   Scoring tool's "unseen DIR" reads them); the pastes and their expected.tsv go to DIR2 (score: "pastes-at DIR2").
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var from = Option("--from");
var output = Option("--out");
if ((from is null) != (output is null) || (from is not null && !Directory.Exists(from)))
{
    Console.Error.WriteLine("usage: [<repository root>] | --from DIR --out DIR2  (DIR holds expected*.tsv and the messages they name)");
    Environment.ExitCode = 2;
    return;
}

IReadOnlyList<SampleRow> labels;
string samples;
if (from is not null && output is not null)
{
    samples = from;
    labels = SampleRow.LoadFolder(from, out var leftOut);
    Console.WriteLine($"{labels.Count} label rows under {from} ({leftOut} lines left out: incomplete, repeated or naming no file)");
}
else
{
    var root = args.Length > 0 ? args[0] : FindRoot();
    samples = Path.Combine(root, "tests", "data", "bounces");
    output = Path.Combine(root, "tests", "data", "pastes");
    labels = SampleRow.Load(Path.Combine(samples, "expected.tsv"));
}

foreach (var old in Directory.Exists(output) ? Directory.GetDirectories(output) : [])
{
    Directory.Delete(old, recursive: true);
}

var builder = new CorpusBuilder(samples, output);
foreach (var sample in labels.Where(r => r.Kind == "bounce").GroupBy(r => r.File))
{
    builder.Add([.. sample.OrderBy(r => r.Index)]);
}

Directory.CreateDirectory(output);
File.WriteAllLines(Path.Combine(output, "expected.tsv"), [PasteExpectation.Header, .. builder.Rows.Select(r => r.ToTsv())]);
Console.WriteLine($"{builder.Pastes} pastes, {builder.Rows.Count} expected rows in {output}");

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

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
