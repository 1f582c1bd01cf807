namespace NdrBot.E2E.Tests.Playground;

/// <summary>The real-client runs each start a host and Chromium; on two shared cores they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealClientRuns
{
    public const string Name = "real clients";
}
