using System.Text;

namespace NdrBot.Benchmarks;

/// <summary>A deterministic chat-like message of a given size with a few codes, versions and IPs in it.</summary>
public static class ChatText
{
    private static readonly string[] Lines =
    [
        "Hi team, users on the third floor say their mail to the supplier bounced again this morning.",
        "The NDR says Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'.",
        "We upgraded the relay to v5.4.6.1 last week and the smart host is 10.0.0.1, nothing changed since 2024.5.1.",
        "Another one: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume.",
        "Can someone check the connector? The queue on EX01 shows 250 messages waiting and port 587 is open.",
        "Gmail said 550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        "Telstra blocked our invoice run again, I think it's the mass mail limit.",
        "Thanks, I'll look after lunch. Ticket INC-20481 has the screenshots.",
    ];

    public static string Build(int chars)
    {
        var text = new StringBuilder(chars + 200);
        for (var i = 0; text.Length < chars; i++)
        {
            text.AppendLine(Lines[i % Lines.Length]);
        }

        return text.ToString(0, chars);
    }
}
