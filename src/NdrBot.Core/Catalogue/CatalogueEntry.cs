using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// One explained code as a vendor documents it. <see cref="Code"/> is an enhanced status (<c>5.1.1</c>), a
/// wildcard (<c>5.1.x</c>, <c>5.x.x</c>) or a basic reply code (<c>550</c>). The triple
/// (<see cref="Code"/>, <see cref="Vendor"/>, <see cref="Variant"/>) is unique in the catalogue.
/// </summary>
public sealed record CatalogueEntry
{
    public required string Code { get; init; }

    public Vendor Vendor { get; init; } = Vendor.Generic;

    /// <summary>Distinguishes meanings of one code at one vendor (Gmail's many 5.7.1 texts); empty otherwise.</summary>
    public string Variant { get; init => field = value ?? ""; } = "";

    /// <summary>Lower-case wire fragments that select this entry when the pasted text contains one.</summary>
    public IReadOnlyList<string> Match { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Codes a provider puts in its own wording (<c>TSS04</c>, <c>CS01</c>, <c>S3150</c>, <c>RP-001</c>): not status
    /// codes, but they name this entry. Looked up on their own and, like <see cref="Match"/>, found in pasted text.
    /// </summary>
    public IReadOnlyList<string> ProviderCodes { get; init => field = value ?? []; } = [];

    /// <summary>An inclusive range such as <c>5.7.606-5.7.649</c> that this entry stands for.</summary>
    public string? Range { get; init; }

    public IReadOnlyList<string> ReplyCodes { get; init => field = value ?? []; } = [];

    public required string Title { get; init; }

    public required string Meaning { get; init; }

    /// <summary>
    /// The code's class: true for 4 (the server that answered thought a later attempt might work). Whether the sending
    /// server has since given up is not a fact of the code but of the report (<c>DeliveryState</c> in Diagnosis).
    /// </summary>
    public bool Transient { get; init; }

    /// <summary>Failure category in the vocabulary established bounce analysers use (userunknown, mailboxfull…).</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<NextStep> Steps { get; init => field = value ?? []; } = [];

    public IReadOnlyList<VendorNote> Notes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Sources { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Links { get; init => field = value ?? []; } = [];

    public bool IsReplyCode => Code.Length == 3;
}
