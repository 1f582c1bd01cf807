using System.Text;
using NdrBot.Core.Codes;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>Removes "550-5.7.1" / "550 5.7.1" continuation prefixes that SMTP servers repeat on every line.</summary>
internal static class ReplyPrefixes
{
    public static string Strip(string text)
    {
        var found = EnhancedCodeScanner.Scan(text.AsSpan());
        if (found.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var code in found)
        {
            var start = code.ReplyStart ?? code.Start;
            if (start < at)
            {
                continue;
            }

            sb.Append(text, at, start - at);
            at = code.End;
        }

        sb.Append(text, at, text.Length - at);
        return TextTools.Collapse(sb.ToString(), 8000);
    }
}
