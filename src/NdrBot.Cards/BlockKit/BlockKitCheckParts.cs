using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using static NdrBot.Cards.BlockKit.Mrkdwn;
using static NdrBot.Cards.BlockKit.SlackBlocks;

namespace NdrBot.Cards.BlockKit;

/// <summary>The "Checks" section: a heading, one section per live check, then the notes as context.</summary>
internal static class BlockKitCheckParts
{
    public static IEnumerable<JsonObject> Checks(ChecksSection? section)
    {
        if (section is null)
        {
            yield break;
        }

        yield return Section("*Checks*");
        foreach (var line in section.Lines)
        {
            yield return Section(Line(line));
        }

        if (section.Notes.Count > 0)
        {
            yield return Context(section.Notes.Select(Escape));
        }
    }

    private static string Line(CheckLine line)
    {
        var text = new StringBuilder()
            .Append('*').Append(Escape(line.Label)).Append("* ").Append(Escape(line.Subject)).Append(": ")
            .Append(Mark(line.Tone)).Append('*').Append(Escape(line.Verdict)).Append('*');
        if (line.Record is not null)
        {
            text.Append('\n').Append(Code(line.Record));
        }

        if (line.Detail is not null)
        {
            text.Append("\n_").Append(Escape(line.Detail).Replace('_', ' ')).Append('_');
        }

        return text.Append('\n').Append(Escape(line.Step)).ToString();
    }

    /// <summary>Slack has no text colours: a plain sign tells the verdicts apart at a glance.</summary>
    private static string Mark(CheckTone tone) => tone switch
    {
        CheckTone.Good => "✓ ",
        CheckTone.Warning => "! ",
        CheckTone.Attention => "✗ ",
        _ => "? ",
    };
}
