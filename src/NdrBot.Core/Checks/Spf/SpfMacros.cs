using System.Globalization;
using System.Net.Sockets;
using System.Text;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks.Spf;

/// <summary>Expands the macros of a domain-spec (RFC 7208 §7): <c>%{s}</c>, <c>%{l}</c>, <c>%{o}</c>, <c>%{d}</c>, <c>%{i}</c>, <c>%{ir}</c>, <c>%{v}</c>, <c>%{h}</c>, <c>%{p}</c>.</summary>
internal static class SpfMacros
{
    /// <summary>The expanded name, or null when the macro syntax is broken (a permerror).</summary>
    public static string? Expand(string spec, string domain, SpfContext context)
    {
        var result = new StringBuilder();
        for (var i = 0; i < spec.Length; i++)
        {
            if (spec[i] != '%')
            {
                result.Append(spec[i]);
                continue;
            }

            if (i + 1 >= spec.Length)
            {
                return null;
            }

            var next = spec[++i];
            if (next is '%' or '_' or '-')
            {
                result.Append(next switch { '%' => "%", '_' => " ", _ => "%20" });
                continue;
            }

            var close = spec.IndexOf('}', i);
            if (next != '{' || close < 0 || Macro(spec[(i + 1)..close], domain, context) is not { } value)
            {
                return null;
            }

            result.Append(value);
            i = close;
        }

        return TrimToLength(result.ToString());
    }

    private static string? Macro(string body, string domain, SpfContext context)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var value = char.ToLowerInvariant(body[0]) switch
        {
            's' => context.Sender,
            'l' => context.LocalPart,
            'o' => context.SenderDomain,
            'd' => domain,
            'i' => string.Join('.', DnsNames.Dotted(context.Ip)),
            'v' => context.Ip.AddressFamily == AddressFamily.InterNetwork ? "in-addr" : "ip6",
            'h' => context.SenderDomain,
            'p' => "unknown",
            _ => null,
        };
        if (value is null)
        {
            return null;
        }

        var rest = body[1..];
        var digits = rest.TakeWhile(char.IsAsciiDigit).Count();
        // Note: a count past int's range (a record may say %{d99999999999}) keeps every part, as any count above their number does.
        var keep = digits == 0 || !int.TryParse(rest.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? int.MaxValue : count;
        rest = rest[digits..];
        var reverse = rest.StartsWith('r') || rest.StartsWith('R');
        var delimiters = reverse ? rest[1..] : rest;
        if (keep == 0 || delimiters.Any(c => !".-+,/_=".Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var parts = value.Split(delimiters.Length == 0 ? ['.'] : delimiters.ToCharArray());
        IEnumerable<string> ordered = reverse ? parts.Reverse() : parts;
        var list = ordered.ToList();
        return string.Join('.', list.Skip(Math.Max(0, list.Count - keep)));
    }

    /// <summary>Note: RFC 7208 §7.3: an expansion longer than 253 characters loses labels from the left.</summary>
    private static string TrimToLength(string name)
    {
        while (name.Length > DnsNames.MaxNameLength && name.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0)
        {
            name = name[(dot + 1)..];
        }

        return name;
    }
}
