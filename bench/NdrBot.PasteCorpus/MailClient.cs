namespace NdrBot.PasteCorpus;

/// <summary>Whose reading pane the visible text is copied from; each shows a bounce's parts a little differently.</summary>
internal enum MailClient
{
    /// <summary>Body only, the HTML alternative when there is one; the DSN and the returned message are attachments.</summary>
    Outlook,

    /// <summary>The conversation view copied from the sender's name down: sender line, date, "to me", then the body.</summary>
    Gmail,

    /// <summary>Plain text preferred; the delivery-status part, returned headers and returned message shown inline.</summary>
    Thunderbird,
}
