using NdrBot.Core.Diagnosis;

namespace NdrBot.Host.Checks;

/// <summary>The checks one answer is waiting for: its run, what the answer explained, and the text it was given.</summary>
internal sealed record CheckWork(CheckRun Run, Explanation Explanation, string Text);
