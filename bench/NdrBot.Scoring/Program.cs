using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Tests.Bounces.Scoring;
using NdrBot.Scoring;
using NdrBot.Tests.Shared;

// Usage: dotnet run --project bench/NdrBot.Scoring [-- public|pastes|extra|misses|dump|families|units|unseen DIR [misses]|pastes-at DIR [misses]] (default: all tables)
var what = args.Length > 0 ? args[0] : "all";
var root = TestData.Root;
var analyzer = new BounceAnalyzer();
var output = Console.Out;

if (what is "families" or "units")
{
    // Note: the rule evidence and the leave-one-family-out report of bench/README.md; "units" lists each unit too.
    var rows = PublicCorpus.Rows(root);
    var reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => PublicCorpus.Analyze(analyzer, root, f));
    var evidence = new RuleEvidence(ReasonKnowledge.Default.Document, reports);
    if (args.Length > 1 && args[1] == "redundant")
    {
        RedundantUnits.Find(root, evidence).ToList().ForEach(output.WriteLine);
        return;
    }

    EvidenceReport.Write(output, evidence, what == "units");
    if (what == "families")
    {
        var lofo = new LeaveOneFamilyOut(root, rows, evidence);
        lofo.Write(output);
        if (args.Length > 1 && args[1] == "misses")
        {
            lofo.MissesA.ForEach(output.WriteLine);
        }
    }

    return;
}

if (what == "unseen")
{
    // Note: labelled messages kept outside the repository (bench/README.md, "Unseen messages"); "unseen DIR misses" lists the misses.
    if (args.Length < 2 || !Directory.Exists(args[1]))
    {
        Console.Error.WriteLine("usage: unseen DIR [misses]  (DIR holds expected*.tsv and the messages they name)");
        Environment.ExitCode = 2;
        return;
    }

    var unseen = new UnseenCorpus(args[1], analyzer);
    if (args.Length > 2 && args[2] == "misses")
    {
        unseen.WriteMisses(output);
    }
    else
    {
        unseen.WriteTable(output);
    }

    return;
}

if (what == "pastes-at")
{
    // Note: pastes written outside the repository by bench/NdrBot.PasteCorpus --from DIR --out DIR2 (bench/README.md,
    // "Unseen pastes"), scored as the paste corpus is; "pastes-at DIR2 misses" lists each miss with what decided it.
    if (args.Length < 2 || !File.Exists(Path.Combine(args[1], "expected.tsv")))
    {
        Console.Error.WriteLine("usage: pastes-at DIR [misses]  (DIR holds the expected.tsv and pastes bench/NdrBot.PasteCorpus wrote)");
        Environment.ExitCode = 2;
        return;
    }

    var folder = args[1];
    var rows = PasteCorpus.RowsIn(folder);
    var reports = rows.Select(r => r.Paste).Distinct().ToDictionary(p => p, p => PasteCorpus.AnalyzeIn(analyzer, folder, p));
    if (args.Length > 2 && args[2] == "misses")
    {
        foreach (var paste in rows.GroupBy(r => r.Paste))
        {
            var decided = string.Join(" ; ", reports[paste.Key].Recipients.Select(r => $"{r.Recipient} {r.Status} {r.Reason} by {r.Decision?.By}"));
            foreach (var miss in PasteCorpus.Score(paste, reports).Misses)
            {
                output.WriteLine($"{miss} | {decided}");
            }
        }

        return;
    }

    output.WriteLine($"Pastes under {folder}: {rows.Count} rows, {reports.Count} pastes\n");
    var groups = rows.GroupBy(r => r.Variant).Select(g => (g.Key, PasteCorpus.Score(g, reports)));
    MarkdownTable.Write(output, "variant", [("**all**", PasteCorpus.Score(rows, reports)), .. groups], PasteCorpus.Fields);
    return;
}

if (what == "explain")
{
    // Note: what the analyser made of given files (paths below tests/data): each finding with its diagnostic and what decided it.
    foreach (var path in args.Skip(1))
    {
        var full = Path.Combine(root, path);
        var data = File.ReadAllBytes(full);
        var report = path.EndsWith(".eml", StringComparison.Ordinal) || BounceAnalyzer.LooksLikeMessage(data)
            ? analyzer.Analyze(data) : analyzer.AnalyzeText(System.Text.Encoding.UTF8.GetString(data));
        output.WriteLine($"== {path}: {report.Kind}");
        foreach (var r in report.Recipients)
        {
            output.WriteLine($"  {r.Recipient} {r.Status} {r.ReplyCode} {r.Reason} by {r.Decision?.By} | {r.Diagnostic}");
        }
    }

    return;
}

if (what == "dump")
{
    // Note: one line per finding of every corpus file, to compare two builds' answers with diff.
    foreach (var file in PublicCorpus.Rows(root).Select(r => r.File).Distinct())
    {
        ReportDump.Write(output, file, PublicCorpus.Analyze(analyzer, root, file));
    }

    foreach (var paste in PasteCorpus.Rows(root).Select(r => r.Paste).Distinct())
    {
        ReportDump.Write(output, paste, PasteCorpus.Analyze(analyzer, root, paste));
    }

    foreach (var file in ExtraCorpus.Rows(root).Select(r => r.File).Distinct())
    {
        ReportDump.Write(output, file, ExtraCorpus.Analyze(analyzer, root, file));
    }

    return;
}

if (what is "all" or "public" or "misses")
{
    var rows = PublicCorpus.Rows(root);
    var reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => PublicCorpus.Analyze(analyzer, root, f));
    var groups = rows.GroupBy(r => Families.Of(r.File)).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, PublicCorpus.Score(g, reports)));
    Table("Public samples by family", "family", PublicCorpus.Score(rows, reports), groups, PublicCorpus.Fields);
}

if (what is "all" or "pastes" or "misses")
{
    var rows = PasteCorpus.Rows(root);
    var reports = rows.Select(r => r.Paste).Distinct().ToDictionary(p => p, p => PasteCorpus.Analyze(analyzer, root, p));
    var groups = rows.GroupBy(r => r.Variant).Select(g => (g.Key, PasteCorpus.Score(g, reports)));
    Table("Paste corpus by variant", "variant", PasteCorpus.Score(rows, reports), groups, PasteCorpus.Fields);
}

if (what is "all" or "extra" or "misses")
{
    var rows = ExtraCorpus.Rows(root);
    var reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => ExtraCorpus.Analyze(analyzer, root, f));
    var groups = rows.GroupBy(r => r.File[..r.File.IndexOf('/', StringComparison.Ordinal)]).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, ExtraCorpus.Score(g, reports)));
    Table("Extra samples by source", "source", ExtraCorpus.Score(rows, reports), groups, ExtraCorpus.Fields);
}

// Note: "misses" lists the rows a corpus gets wrong; otherwise the corpus's table, all rows first, then by group.
void Table(string title, string column, FieldScores total, IEnumerable<(string, FieldScores)> groups, string[] fields)
{
    if (what == "misses")
    {
        total.Misses.ToList().ForEach(output.WriteLine);
        return;
    }

    output.WriteLine($"{title}\n");
    MarkdownTable.Write(output, column, [("**all**", total), .. groups], fields);
}
