using System.Net;

namespace NdrBot.Core.Checks.Evidence;

/// <summary>An IP address found in text, with where it starts and ends.</summary>
internal sealed record IpMention(IPAddress Address, int Start, int End);
