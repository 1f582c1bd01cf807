namespace NdrBot.Scoring;

/// <summary>How the units of knowledge are backed: by which sources, and by how many sample files and families.</summary>
internal static class EvidenceReport
{
    public static void Write(TextWriter output, RuleEvidence evidence, bool list)
    {
        var units = evidence.Units.Values.ToList();
        var deciding = units.Where(u => evidence.FilesOf(u.Key).Count > 0).ToList();
        var single = deciding.Where(u => evidence.FilesOf(u.Key).Count == 1).ToList();
        var oneFamily = deciding.Where(u => evidence.FamiliesOf(u.Key).Count == 1).ToList();
        output.WriteLine("| units of knowledge | all | sample-only |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine($"| phrases and vendor rules | {units.Count} | {units.Count(u => u.SampleOnly)} |");
        output.WriteLine($"| decided a reason for at least one public sample | {deciding.Count} | {deciding.Count(u => u.SampleOnly)} |");
        output.WriteLine($"| decided for exactly one sample file | {single.Count} | **{single.Count(u => u.SampleOnly)}** |");
        output.WriteLine($"| decided only within one family | {oneFamily.Count} | {oneFamily.Count(u => u.SampleOnly)} |");
        output.WriteLine($"| decided for no sample | {units.Count - deciding.Count} | {units.Count(u => u.SampleOnly) - deciding.Count(u => u.SampleOnly)} |");
        output.WriteLine();
        if (!list)
        {
            return;
        }

        foreach (var unit in single.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"SINGLE {(unit.SampleOnly ? "sample-only" : string.Join(",", unit.SourceKinds))}\t{unit.Key}\t{evidence.FilesOf(unit.Key).First()}");
        }

        foreach (var unit in units.Where(u => u.SampleOnly && evidence.FilesOf(u.Key).Count == 0).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"UNUSED sample-only\t{unit.Key}");
        }

        foreach (var unit in deciding.Where(u => u.SampleOnly && evidence.FilesOf(u.Key).Count > 1).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"MULTI sample-only\t{unit.Key}\t{evidence.FilesOf(unit.Key).Count} files, {evidence.FamiliesOf(unit.Key).Count} families: {string.Join(" ", evidence.FamiliesOf(unit.Key).Order(StringComparer.Ordinal))}");
        }
    }
}
