using NdrBot.Load.Connector;
using NdrBot.Load.Measuring;
using NdrBot.Load.Mix;
using NdrBot.Load.Reporting;
using NdrBot.Load.Running;

// ndrbot-load --target URL --bot NAME --pid PID --samples DIR [--conns 1,16,64] [--warmup 10] [--duration 30] [--out FILE]
// ndrbot-load report --md FILE --json FILE RESULT.json...
// ndrbot-load first --target URL --pid-file FILE --samples DIR   (ms from the server's start to its first answer; start
//   this first, then the server, then write its pid to FILE)
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return args switch
{
    ["report", .. var rest] => await ReportAsync(rest, stop.Token),
    ["first", .. var rest] => await FirstAsync(rest, stop.Token),
    _ => await RunAsync(args, stop.Token),
};

static async Task<int> FirstAsync(string[] args, CancellationToken cancellationToken)
{
    var (options, error) = LoadOptions.Parse(args);
    var pidFile = args.SkipWhile(a => a != "--pid-file").Skip(1).FirstOrDefault();
    if (options is null || pidFile is null)
    {
        await Console.Error.WriteLineAsync("ndrbot-load first: " + (error ?? "--pid-file is required"));
        return 2;
    }

    var (corpus, corpusError) = SampleCorpus.Load(options.Samples);
    if (corpus is null)
    {
        await Console.Error.WriteLineAsync("ndrbot-load first: " + corpusError);
        return 2;
    }

    var tracker = new ReplyTracker();
    await using var connector = new FakeConnector(tracker);
    var serviceUrl = await connector.StartAsync(cancellationToken);
    var first = new FirstAnswer(options.Target, new MessageMix(corpus, options.Mix, options.Seed), new ActivityWriter(serviceUrl), tracker);

    // Note: ready before the server starts, so the first answer is timed by the server, not by this tool's own start.
    await Console.Error.WriteLineAsync("ready");
    int pid;
    while (!(File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile, cancellationToken)).Trim(), System.Globalization.CultureInfo.InvariantCulture, out pid)))
    {
        await Task.Delay(2, cancellationToken);
    }

    var seconds = await first.MeasureAsync(new ProcessProbe(pid), TimeSpan.FromSeconds(60), cancellationToken);
    if (seconds is null)
    {
        await Console.Error.WriteLineAsync("ndrbot-load first: no answer");
        return 3;
    }

    Console.WriteLine(System.FormattableString.Invariant($"{seconds * 1000:F0}"));
    return 0;
}

static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
{
    var (options, error) = LoadOptions.Parse(args);
    if (options is null)
    {
        await Console.Error.WriteLineAsync("ndrbot-load: " + error);
        return 2;
    }

    var (corpus, corpusError) = SampleCorpus.Load(options.Samples);
    if (corpus is null)
    {
        await Console.Error.WriteLineAsync("ndrbot-load: " + corpusError);
        return 2;
    }

    await Console.Error.WriteLineAsync($"mix {options.Mix} from {corpus.Codes.Count} code questions, {corpus.ShortPastes.Count} short and {corpus.LongPastes.Count} long pastes");
    var tracker = new ReplyTracker();
    await using var connector = new FakeConnector(tracker);
    var serviceUrl = await connector.StartAsync(cancellationToken);
    var runner = new LevelRunner(options, new MessageMix(corpus, options.Mix, options.Seed), new ActivityWriter(serviceUrl), tracker);
    var results = new List<LevelResult>();
    foreach (var connections in options.Connections)
    {
        var result = await runner.RunAsync(connections, cancellationToken);
        results.Add(result);
        await Console.Error.WriteLineAsync(
            $"{result.Bot} x{connections}: {result.TurnsPerSecond} turns/s, p50 {result.TurnMs.P50} ms, p99 {result.TurnMs.P99} ms, errors {result.Errors}, card replies {result.CardReplies}, peak RSS {result.PeakRssMb} MB, load {result.LoadAverageEnd}");
        if (options.Pid > 0 && !new ProcessProbe(options.Pid).IsAlive())
        {
            await Console.Error.WriteLineAsync($"ndrbot-load: the server (pid {options.Pid}) died during the run");
            return 3;
        }
    }

    var json = ResultFiles.Serialize(results);
    if (options.Output is { } output)
    {
        await File.WriteAllTextAsync(output, json, cancellationToken);
    }
    else
    {
        Console.WriteLine(json);
    }

    // A run in which a level completed no turn at all measured nothing: fail so the script notices.
    return results.All(r => r.Turns > 0) ? 0 : 4;
}

static async Task<int> ReportAsync(string[] args, CancellationToken cancellationToken)
{
    string? md = null, json = null;
    var inputs = new List<string>();
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--md" when i + 1 < args.Length: md = args[++i]; break;
            case "--json" when i + 1 < args.Length: json = args[++i]; break;
            default: inputs.Add(args[i]); break;
        }
    }

    if (inputs.Count == 0 || inputs.Any(p => !File.Exists(p)))
    {
        await Console.Error.WriteLineAsync("ndrbot-load report: give existing result files");
        return 2;
    }

    var results = await ResultFiles.ReadAsync(inputs, cancellationToken);
    var table = ResultTable.Markdown(results);
    Console.WriteLine(table);
    if (md is not null)
    {
        await File.WriteAllTextAsync(md, table, cancellationToken);
    }

    if (json is not null)
    {
        await File.WriteAllTextAsync(json, ResultFiles.Serialize(results), cancellationToken);
    }

    return 0;
}
