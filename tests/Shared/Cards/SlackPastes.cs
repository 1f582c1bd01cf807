namespace NdrBot.Tests.Shared.Cards;

/// <summary>Bounce text as it reaches NdrBot from Slack.</summary>
internal static class SlackPastes
{
    // Note: Slack escapes &, < and > in command text, so a pasted Postfix bounce arrives as &lt;bob@…&gt;.
    public const string Postfix = """
        This is the mail system at host mail.sender.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        &lt;bob@receiver.example&gt;: host mx1.receiver.example[192.0.2.25] said: 550 5.1.1
            &lt;bob@receiver.example&gt;: Recipient address rejected: User unknown in local
            recipient table (in reply to RCPT TO command)
        """;
}
