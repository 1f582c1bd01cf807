using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>The remote server a recipient's block of report text names ("host mx.example.net[192.0.2.1] said:", "Remote-MTA: dns; …").</summary>
internal static class RemoteHostReader
{
    private static readonly System.Buffers.SearchValues<char> HostEnd = System.Buffers.SearchValues.Create(" \t\n[]:;,()");

    // Note: searched as SearchValues; string.IndexOf ignoring case runs a scalar loop under invariant globalization
    // (a twentieth of a scan went there). Tried in this order, each for its first occurrence.
    private static readonly (PhraseSet Cue, int Length)[] HostCues =
        [.. ((string[])["host ", "remote host ", "generating server: ", "remote server: ", "remote-mta: dns; "])
            .Select(c => (new PhraseSet([c], StringComparison.OrdinalIgnoreCase), c.Length))];

    private const int MaxHostMentions = 16;

    /// <summary>The remote host a block names: a host given with its address first, else the first host cue that names one.</summary>
    public static string? Find(string block)
    {
        if (HostWithAddress(block) is { } named)
        {
            return named;
        }

        foreach (var (cue, length) in HostCues)
        {
            var at = cue.IndexIn(block);
            if (at < 0)
            {
                continue;
            }

            var rest = block.AsSpan(at + length);
            var end = rest.IndexOfAny(HostEnd);
            var host = (end < 0 ? rest : rest[..end]).ToString().Trim('.');
            if (host.Contains('.', StringComparison.Ordinal) && host.Length < 256)
            {
                return TextTools.Lower(host);
            }
        }

        return null;
    }

    /// <summary>
    /// The first "host NAME[ip]" (Postfix's "host mx.example.net[192.0.2.1] said:", Exim's "host mx.example.net
    /// [192.0.2.1]:"): a host named with its address is the one that was talked to, unlike the reporting host of
    /// Postfix's opening "This is the mail system at host …". Only the first few mentions are looked at.
    /// </summary>
    private static string? HostWithAddress(string block)
    {
        var at = 0;
        for (var seen = 0; seen < MaxHostMentions && at < block.Length; seen++)
        {
            var found = HostCues[0].Cue.IndexIn(block.AsSpan(at));
            if (found < 0)
            {
                return null;
            }

            var rest = block.AsSpan(at + found + HostCues[0].Length);
            var end = rest.IndexOfAny(HostEnd);
            if (end > 0 && rest[end..].TrimStart(' ').StartsWith("[") && rest[..end].Trim('.') is { Length: < 256 } host && host.Contains('.'))
            {
                return TextTools.Lower(host);
            }

            at += found + HostCues[0].Length;
        }

        return null;
    }
}
