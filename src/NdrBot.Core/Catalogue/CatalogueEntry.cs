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

    /// <summary>An inclusive range such as <c>5.7.606-5.7.649</c> that this entry stands for.</summary>
    public string? Range { get; init; }

    public IReadOnlyList<string> ReplyCodes { get; init => field = value ?? []; } = [];

    public required string Title { get; init; }

    public required string Meaning { get; init; }

    public bool Transient { get; init; }

    /// <summary>Failure category in the vocabulary established bounce analysers use (userunknown, mailboxfull…).</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<NextStep> Steps { get; init => field = value ?? []; } = [];

    public IReadOnlyList<VendorNote> Notes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Sources { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Links { get; init => field = value ?? []; } = [];

    public bool IsReplyCode => Code.Length == 3;
}
