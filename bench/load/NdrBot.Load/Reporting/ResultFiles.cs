using System.Text.Json;
using NdrBot.Load.Running;

namespace NdrBot.Load.Reporting;

/// <summary>Level results as JSON files: one array per generator run, merged by the report command.</summary>
internal static class ResultFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Serialize(IReadOnlyList<LevelResult> results) => JsonSerializer.Serialize(results, Options);

    public static async Task<IReadOnlyList<LevelResult>> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var all = new List<LevelResult>();
        foreach (var path in paths)
        {
            await using var file = File.OpenRead(path);
            all.AddRange(await JsonSerializer.DeserializeAsync<List<LevelResult>>(file, Options, cancellationToken) ?? []);
        }

        return all;
    }
}
