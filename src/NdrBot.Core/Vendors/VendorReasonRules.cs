using NdrBot.Core.Bounces.Reasons.Data;
using NdrBot.Core.Text;

namespace NdrBot.Core.Vendors;

/// <summary>
/// The vendor rules of <c>reasons.json</c>, compiled: reasons that follow from who wrote the report (or who the
/// remote host is) plus its wording, where the generic tables would mislead. The first rule that holds decides.
/// </summary>
internal sealed class VendorReasonRules
{
    private readonly Compiled[] _rules;

    /// <summary>Every rule's host markers at once: most texts name none of these hosts, and one pass settles that.</summary>
    private readonly PhraseSet _anyHost;

    public VendorReasonRules(IReadOnlyList<VendorRuleEntry> rules)
    {
        _rules = [.. rules.Select(r => new Compiled(r, new PhraseSet([.. r.Hosts]), new PhraseSet([.. r.Phrases])))];
        _anyHost = new PhraseSet([.. rules.SelectMany(r => r.Hosts).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The first rule whose host marker and phrase are both in the lower-case text and whose command fits.</summary>
    public VendorRuleEntry? Match(string lowerText, string? command)
    {
        if (!_anyHost.In(lowerText))
        {
            return null;
        }

        foreach (var (entry, hosts, phrases) in _rules)
        {
            if ((entry.Command is null || entry.Command == command) && (entry.NotCommand is null || entry.NotCommand != command)
                && hosts.In(lowerText) && phrases.In(lowerText))
            {
                return entry;
            }
        }

        return null;
    }

    private sealed record Compiled(VendorRuleEntry Entry, PhraseSet Hosts, PhraseSet Phrases);
}
