using System.Globalization;
using NdrBot.Load.Mix;

namespace NdrBot.Load.Running;

/// <summary>What one generator run does: which bot, which connection counts, how long, which texts.</summary>
internal sealed record LoadOptions
{
    public required Uri Target { get; init; }

    public required string Bot { get; init; }

    /// <summary>The server process to watch for RSS and CPU; 0 to skip.</summary>
    public int Pid { get; init; }

    public IReadOnlyList<int> Connections { get; init; } = [1, 16, 64];

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public required string Samples { get; init; }

    public MixWeights Mix { get; init; } = MixWeights.Default;

    public int Seed { get; init; } = 9;

    public string? Output { get; init; }

    /// <summary>Options from <c>--name value</c> pairs; null with a message when something is missing or malformed.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return (null, $"expected --option, got '{args[i]}'");
            }

            map[args[i][2..]] = args[i + 1];
        }

        if (args.Count % 2 != 0)
        {
            return (null, $"option '{args[^1]}' has no value");
        }

        if (!map.TryGetValue("target", out var target) || !Uri.TryCreate(target, UriKind.Absolute, out var targetUri))
        {
            return (null, "--target http://127.0.0.1:PORT/api/messages is required");
        }

        if (!map.TryGetValue("samples", out var samples))
        {
            return (null, "--samples <maildir> is required");
        }

        var conns = map.TryGetValue("conns", out var c) ? c.Split(',').Select(Int).ToList() : [1, 16, 64];
        var mix = map.TryGetValue("mix", out var m) ? MixWeights.Parse(m) : MixWeights.Default;
        if (conns.Any(n => n is null or < 1 or > 1024) || mix is null)
        {
            return (null, "--conns wants numbers 1..1024 separated by commas; --mix wants three percentages like 60,25,15");
        }

        return (new LoadOptions
        {
            Target = targetUri,
            Bot = map.GetValueOrDefault("bot", targetUri.Authority),
            Pid = map.TryGetValue("pid", out var pid) ? Int(pid) ?? 0 : 0,
            Connections = [.. conns.Select(n => n!.Value)],
            WarmUp = Seconds(map, "warmup", 10),
            Duration = Seconds(map, "duration", 30),
            ReplyTimeout = Seconds(map, "reply-timeout", 10),
            Samples = samples,
            Mix = mix,
            Seed = map.TryGetValue("seed", out var seed) ? Int(seed) ?? 9 : 9,
            Output = map.GetValueOrDefault("out"),
        }, null);
    }

    private static int? Int(string s) => int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static TimeSpan Seconds(Dictionary<string, string> map, string name, double fallback) =>
        TimeSpan.FromSeconds(map.TryGetValue(name, out var s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : fallback);
}
