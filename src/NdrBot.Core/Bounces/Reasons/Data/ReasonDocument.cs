namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// The shape of <c>reasons.json</c> as stored: the sources, the status-to-reason map, the phrase rules with the
/// source behind each group of phrases, the order the classifier asks them in, and the vendor rules.
/// </summary>
internal sealed record ReasonDocument
{
    public IReadOnlyList<ReasonSource> Sources { get; init => field = value ?? []; } = [];

    public IReadOnlyList<StatusCodeGroup> StatusCodes { get; init => field = value ?? []; } = [];

    /// <summary>Reply codes that name a reason on their own (500–504 syntax, 521/556 no mail accepted); asked last.</summary>
    public IReadOnlyList<ReplyCodeGroup> ReplyCodes { get; init => field = value ?? []; } = [];

    /// <summary>The code the catalogue shows when a message carries none, per reason: <c>"1.1"</c> for X.1.1.</summary>
    public IReadOnlyDictionary<string, string> InferredStatus { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>
    /// Words for which a mail system's source gives the code it writes (Postfix's "Host or domain name not found" is
    /// X.4.4): asked before <see cref="InferredStatus"/>, in order, when a message carries no enhanced code.
    /// </summary>
    public IReadOnlyList<StatusPhraseGroup> StatusPhrases { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Mail systems that give a remote reply without an enhanced code a status of their own by reply code (Sendmail);
    /// the others write X.0.0 of the reply's class.
    /// </summary>
    public IReadOnlyList<ReplyStatusGroup> ReplyStatus { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ReasonRuleEntry> Rules { get; init => field = value ?? []; } = [];

    /// <summary>Rule ids in the order the text is asked about them; the first rule with a phrase in the text decides.</summary>
    public IReadOnlyList<string> Order { get; init => field = value ?? []; } = [];

    /// <summary>Rule ids whose phrases may overrule a code that names an address problem (X.1.1, X.1.2, X.1.10).</summary>
    public IReadOnlyList<string> AddressOverrides { get; init => field = value ?? []; } = [];

    /// <summary>Rule ids whose phrases may overrule a code that names a filter (X.2.0, X.2.1, X.2.4).</summary>
    public IReadOnlyList<string> FilteredOverrides { get; init => field = value ?? []; } = [];

    public IReadOnlyList<VendorRuleEntry> VendorRules { get; init => field = value ?? []; } = [];

    public IReadOnlyList<StatedCategoryGroup> StatedCategories { get; init => field = value ?? []; } = [];

    /// <summary>Words that say a failure is temporary, when no code gives the class.</summary>
    public IReadOnlyList<PhraseGroup> TransientMarkers { get; init => field = value ?? []; } = [];
}
