namespace NdrBot.Core.Checks.Evidence;

/// <summary>One unfolded header field found in bounce text, and whether it belongs to the bounce's own (first) header block.</summary>
internal sealed record HeaderLine(string Name, string Value, bool Outer);
