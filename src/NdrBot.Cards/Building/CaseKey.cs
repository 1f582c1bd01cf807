using System.Security.Cryptography;
using System.Text;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Building;

/// <summary>
/// The case id a card proposes before a case exists: a digest of what was found (kind, codes, recipients), so
/// the same bounce pasted twice proposes the same case. The host passes a <see cref="Model.CaseView"/> once a case exists.
/// </summary>
public static class CaseKey
{
    public static string For(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var sb = new StringBuilder().Append(explanation.Kind).Append('\n');
        foreach (var f in explanation.Findings)
        {
            sb.Append(f.Status).Append('|').Append(f.ReplyCode).Append('|').Append(f.Recipient).Append('\n');
        }

        foreach (var c in explanation.Checklists)
        {
            sb.Append("checklist|").Append(c.Id).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "c-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
