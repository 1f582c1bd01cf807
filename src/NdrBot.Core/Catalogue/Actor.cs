namespace NdrBot.Core.Catalogue;

/// <summary>Who carries out a next step.</summary>
public enum Actor
{
    Sender,
    Helpdesk,
    MailAdmin,
    RemoteAdmin,
    Recipient,
}
