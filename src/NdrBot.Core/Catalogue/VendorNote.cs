using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

public sealed record VendorNote(Vendor Vendor, string Text);
