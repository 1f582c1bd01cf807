namespace NdrBot.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in-process.</summary>
public sealed record CliIo(Stream Stdin, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>Environment variables the settings are read from; null means the process's own.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
