using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces;

/// <summary>What a message or pasted text turned out to be, and each recipient it reports on.</summary>
public sealed record BounceReport(ExplanationKind Kind, IReadOnlyList<FailedRecipient> Recipients)
{
    /// <summary>The mail system whose wording the report carries, when it could be told.</summary>
    public Vendor? Vendor { get; init; }

    public IReadOnlyList<string> Notices { get; init; } = [];

    public IReadOnlyList<Checklist> Checklists { get; init; } = [];

    public static BounceReport NotBounce(params string[] notices) =>
        new(ExplanationKind.NotBounce, []) { Notices = notices };
}
