using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using static NdrBot.Cards.BlockKit.Mrkdwn;
using static NdrBot.Cards.BlockKit.SlackBlocks;

namespace NdrBot.Cards.BlockKit;

/// <summary>Blocks for codes, failed recipients, steps and plain lines.</summary>
internal static class BlockKitAnswerParts
{
    public static IEnumerable<JsonObject> Code(CodeSection code, int index)
    {
        var reply = code.ReplyCode is null ? "" : $" · reply {Escape(code.ReplyCode)}";
        var link = code.Link is null ? null : Button($"Documentation ({code.Link.Host})", $"ndrbot.link.{index.ToString(CultureInfo.InvariantCulture)}", url: code.Link);
        yield return Section(
            $"*{Escape(code.Code)}  {Escape(code.Title)}*\n_{Escape(DeliveryText.ClassLine(code.Transient))}{reply}_\n"
            + $"*{Escape(DeliveryText.Label(code.Delivery))}.*{Basis(code.DeliveryBasis)}\n{Escape(code.Meaning)}",
            link);
        if (code.Steps.Count > 0)
        {
            yield return Section(Steps(code.Steps));
        }

        var notes = new List<string>();
        if (code.VendorNote is not null)
        {
            notes.Add(Escape(code.VendorNote));
        }

        if (code.InferredFrom is not null)
        {
            notes.Add($"No entry for {Escape(code.Code)} itself: inferred from {Escape(code.InferredFrom)}.");
        }

        if (notes.Count > 0)
        {
            yield return Context(notes);
        }
    }

    public static IEnumerable<JsonObject> Recipients(Answer answer)
    {
        foreach (var r in answer.Recipients)
        {
            var text = new StringBuilder()
                .Append('*').Append(Escape(r.Address)).Append("*\n")
                .Append(Mrkdwn.Code(r.Code)).Append("  ").Append(Escape(r.Reason));
            text.Append('\n').Append(Escape(DeliveryText.Label(r.Delivery))).Append('.').Append(Basis(r.DeliveryBasis));
            if (r.RemoteServer is not null)
            {
                text.Append("\nRemote server: ").Append(Escape(r.RemoteServer));
            }

            if (r.RemoteWords is not null)
            {
                text.Append("\nServer said: ").Append(Mrkdwn.Code(r.RemoteWords));
            }

            yield return Section(text.ToString());
        }

        if (answer.MoreRecipients > 0)
        {
            var more = answer.MoreRecipients.ToString(CultureInfo.InvariantCulture);
            yield return Context($"…and {more} more failed recipient{(answer.MoreRecipients == 1 ? "" : "s")}.");
        }
    }

    public static string Steps(IReadOnlyList<string> steps)
    {
        var text = new StringBuilder("*Next steps*");
        for (var i = 0; i < steps.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(Escape(steps[i]));
        }

        return text.ToString();
    }

    private static string Basis(string? basis) => basis is null ? "" : " " + Escape(basis);

    public static string Bullets(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => "• " + Escape(l)));
}
