using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>What surrounds a code: the mail system that produced it, if known, and the text it came in.</summary>
public sealed record LookupContext(Vendor? Vendor = null, string? Text = null, string? ReplyCode = null)
{
    public static LookupContext None { get; } = new();
}
