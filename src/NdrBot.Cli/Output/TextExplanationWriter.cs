using System.Text;
using NdrBot.Cards.Building;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cli.Output;

/// <summary>A terminal-friendly rendering: one block per finding, then checklists.</summary>
internal static class TextExplanationWriter
{
    public static string Write(Explanation explanation, CheckReport? checks = null)
    {
        var text = new StringBuilder();
        foreach (var notice in explanation.Notices)
        {
            text.Append("! ").AppendLine(notice);
        }

        if (explanation.Kind is ExplanationKind.NotBounce or ExplanationKind.AutoReply or ExplanationKind.Feedback && explanation.Findings.Count == 0)
        {
            text.AppendLine(explanation.Kind switch
            {
                ExplanationKind.AutoReply => "This is an automatic reply (out of office), not a bounce.",
                ExplanationKind.Feedback => "This is a feedback (abuse) report, not a bounce.",
                _ => "This does not look like a bounce.",
            });
        }

        for (var i = 0; i < explanation.Findings.Count; i++)
        {
            WriteFinding(text, explanation.Findings[i]);
            if (checks?.For(i) is { Count: > 0 } found)
            {
                text.AppendLine("  Checks:");
                CheckWriter.Append(text, found, "   ");
                text.AppendLine();
            }
        }

        foreach (var notice in checks?.Notices ?? [])
        {
            text.Append("! ").AppendLine(notice);
        }

        foreach (var checklist in explanation.Checklists)
        {
            WriteChecklist(text, checklist);
        }

        return text.ToString();
    }

    private static void WriteFinding(StringBuilder text, Finding finding)
    {
        var entry = finding.Lookup.Entry;
        var code = string.Join(' ', new[] { finding.ReplyCode, finding.Status }.Where(c => c is not null));
        text.Append(code).Append("  ").Append(entry.Title)
            .Append(entry.Transient ? "  (temporary code)" : "  (permanent code)").AppendLine();
        text.Append("  Delivery:  ").AppendLine(DeliveryText.Line(finding.Delivery, finding.DeliveryBasis));
        if (finding.Recipient is not null)
        {
            text.Append("  Recipient: ").AppendLine(finding.Recipient);
        }

        if (finding.Reason is not null)
        {
            text.Append("  Reason:    ").AppendLine(finding.Reason);
        }

        if (finding.RemoteMta is not null)
        {
            text.Append("  Server:    ").AppendLine(finding.RemoteMta);
        }

        if (finding.Diagnostic is not null)
        {
            text.Append("  It said:   ").AppendLine(finding.Diagnostic);
        }

        text.Append("  ").AppendLine(entry.Meaning);
        if (finding.Lookup.Inferred)
        {
            text.Append("  (no entry for ").Append(finding.Lookup.Requested).Append("; inferred from ").Append(finding.Lookup.InferredFrom).AppendLine(")");
        }

        text.AppendLine("  Next steps:");
        for (var i = 0; i < entry.Steps.Count; i++)
        {
            text.Append("   ").Append(i + 1).Append(". [").Append(DisplayNames.Of(entry.Steps[i].Who)).Append("] ").AppendLine(entry.Steps[i].Text);
        }

        foreach (var note in entry.Notes.Where(n => finding.Vendor is null || n.Vendor == finding.Vendor))
        {
            text.Append("  Note (").Append(DisplayNames.Of(note.Vendor)).Append("): ").AppendLine(note.Text);
        }

        foreach (var link in entry.Links)
        {
            text.Append("  See: ").AppendLine(link);
        }

        text.AppendLine();
    }

    private static void WriteChecklist(StringBuilder text, Checklist checklist)
    {
        text.AppendLine(checklist.Title).Append("  ").AppendLine(checklist.Summary);
        foreach (var fact in checklist.Facts)
        {
            text.Append("  - ").Append(fact.Label).Append(": ").AppendLine(fact.Value);
        }

        for (var i = 0; i < checklist.Steps.Count; i++)
        {
            text.Append("  [ ] ").Append(i + 1).Append(". ").AppendLine(checklist.Steps[i].Text);
        }

        text.AppendLine();
    }
}
