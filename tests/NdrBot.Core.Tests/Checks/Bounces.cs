namespace NdrBot.Core.Tests.Checks;

/// <summary>Pasted bounces for the live-check tests, in the shapes Exchange Online and Postfix write them.</summary>
internal static class Bounces
{
    public static string HostUnknown(params string[] recipients) =>
        "Delivery has failed to these recipients or groups:\n\n" + string.Concat(recipients.Select(r => r + "\nThe domain name in the email address is incorrect.\n\n"))
        + "Diagnostic information for administrators:\n\nGenerating server: mail.contoso.test\n\n"
        + string.Concat(recipients.Select(r => $"{r}\nRemote Server returned '550 5.4.310 DNS domain {r[(r.IndexOf('@', StringComparison.Ordinal) + 1)..]} does not exist [Message=InfoDomainNonexistent]'\n\n"));

    public static string Banned(string ip) =>
        "Delivery has failed to these recipients or groups:\n\njane@fabrikam.example\nYour message wasn't delivered because the recipient's email provider rejected it.\n\n"
        + "Diagnostic information for administrators:\n\nGenerating server: mail.contoso.test\njane@fabrikam.example\n"
        + $"Remote Server returned '550 5.7.606 Access denied, banned sending IP [{ip}]. To request removal from this list please visit https://sender.office.com/'\n";

    public static string Dmarc(string domain, string ip) =>
        "This is the mail system at host mail.contoso.test.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
        + $"<bob@fabrikam.example>: host mx.fabrikam.example[198.51.100.50] said: 550 5.7.26\n    Unauthenticated email from {domain} is not accepted due to domain's\n"
        + $"    DMARC policy. SPF check failed for {ip} (in reply to end of DATA command)\n";
}
