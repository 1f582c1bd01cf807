using System.Globalization;
using MimeKit;

namespace NdrBot.PasteCorpus;

/// <summary>Every paste variant of every public sample, with the rows the paste is scored against.</summary>
internal sealed class CorpusBuilder(string samplesFolder, string outputFolder)
{
    /// <summary>Chat messages are short; a paste keeps the visible text's first lines up to this length.</summary>
    private const int MaxPaste = 6000;

    private readonly List<PasteExpectation> _rows = [];

    public IReadOnlyList<PasteExpectation> Rows => _rows;

    public int Pastes { get; private set; }

    public void Add(IReadOnlyList<SampleRow> labelled)
    {
        using var message = MimeMessage.Load(Path.Combine(samplesFolder, labelled[0].File));
        var sample = WithStatedRecipients(labelled, DsnRecipients.Of(message));
        var first = sample[0];
        var outlook = Cap(VisibleText.Render(message, MailClient.Outlook));
        var thunderbird = Cap(VisibleText.Render(message, MailClient.Thunderbird));
        var sender = message.From.ToString();
        var variants = new List<(string Name, string? Text)>
        {
            ("outlook", outlook),
            ("gmail", Cap(VisibleText.Render(message, MailClient.Gmail))),
            ("thunderbird", thunderbird),
            ("slack", PasteShapes.Slack(outlook)),
            ("forward", PasteShapes.Forward(outlook, sender, message.To.ToString(), message.Subject ?? "",
                message.Date.ToString("ddd, MMM d, yyyy 'at' h:mm tt", CultureInfo.InvariantCulture))),
            ("wrap72", PasteShapes.Wrap(thunderbird, 72)),
            ("diagnostic", DiagnosticParagraph.Pick(thunderbird, first)),
        };

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in variants)
        {
            if (string.IsNullOrWhiteSpace(text) || !seen.Add(text))
            {
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(first.File);
            var paste = $"{name}/{stem}.txt";
            Directory.CreateDirectory(Path.Combine(outputFolder, name));
            File.WriteAllText(Path.Combine(outputFolder, paste), text.EndsWith('\n') ? text : text + "\n");
            Pastes++;
            // Note: a recipient the paste never shows cannot be told apart from the others, so a paste of a
            // message with several recipients expects only those it shows (the first when it shows none).
            var rows = sample.Count > 1
                ? sample.Where(r => Visible.Address(text, r.Recipient)).DefaultIfEmpty(first).ToList()
                : sample;
            _rows.AddRange(rows.Select(r => Expect(paste, name, text, r)));
        }
    }

    /// <summary>
    /// Labels that leave the recipient unstated take it from the message's own DSN recipient blocks, when there is
    /// one block per labelled row (so the n-th row is the n-th block); otherwise it stays unstated and unscored.
    /// </summary>
    private static IReadOnlyList<SampleRow> WithStatedRecipients(IReadOnlyList<SampleRow> sample, IReadOnlyList<string> dsn) =>
        sample.All(r => r.Recipient.Length > 0) || dsn.Count != sample.Count
            ? sample
            : [.. sample.Select((r, i) => r.Recipient.Length > 0 ? r : r with { Recipient = dsn[i] })];

    private static PasteExpectation Expect(string paste, string variant, string text, SampleRow row) =>
        new(paste, row.File, variant, KindOf(row), row.Index, row.Recipient, Visible.Address(text, row.Recipient),
            row.Status, row.StatusIsReal, row.StatusIsReal && Visible.Code(text, row.Status), row.ReplyCode, row.Reason);

    private static string KindOf(SampleRow row) => row.Reason switch
    {
        "feedback" => "feedback",
        "vacation" => "autoreply",
        _ => "bounce",
    };

    /// <summary>The text up to the last line break before <see cref="MaxPaste"/> characters.</summary>
    private static string Cap(string text)
    {
        if (text.Length <= MaxPaste)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', MaxPaste);
        return text[..(cut > 0 ? cut : MaxPaste)];
    }
}
