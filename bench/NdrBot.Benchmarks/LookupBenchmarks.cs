using BenchmarkDotNet.Attributes;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Benchmarks;

/// <summary>Catalogue lookups: exact, with vendor text, inferred from the subject, and a reply code.</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private readonly CodeCatalogue _catalogue = CodeCatalogue.Default;
    private readonly LookupContext _gmail = new(Vendor.Gmail, "550-5.7.1 unauthenticated email is not accepted due to domain's dmarc policy");

    [Benchmark]
    public object? Lookup_Exact() => _catalogue.Lookup("5.4.6");

    [Benchmark]
    public object? Lookup_VendorVariantByText() => _catalogue.Lookup("5.7.1", _gmail);

    [Benchmark]
    public object? Lookup_InferredFromSubject() => _catalogue.Lookup("5.7.999");

    [Benchmark]
    public object? Lookup_ReplyCode() => _catalogue.Lookup("550");
}
