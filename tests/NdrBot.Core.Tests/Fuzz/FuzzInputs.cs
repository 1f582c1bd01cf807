using System.Text;
using CsCheck;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// Input generators: random bytes, random UTF-16 (lone surrogates included), text dense in code-like and
/// address-like characters, and public samples damaged by one of <see cref="Mutations"/>. Messages are Latin-1
/// strings (one char per byte) so the same input can be fed as bytes or as pasted text.
/// </summary>
internal static class FuzzInputs
{
    private const string NearCodeChars = "0123456789.xX#-_ \t\r\n>@<:;,()[]'\"=5554";

    private static readonly string[] Charsets =
    [
        "x-no-such-charset", "\"\u00ff\u00fe\"", "", "\"", "utf-7", "utf-32", "iso-2022-jp", "unicode-1-1-utf-7",
        "utf-8\"; x=\"", "us-ascii; format=flowed; delsp=yes", new string('z', 2000), "gb18030", "ibm037",
    ];

    public static Gen<byte[]> RandomBytes { get; } = Gen.Byte.Array[0, 8192];

    /// <summary>Any UTF-16 code units, lone surrogates and controls included.</summary>
    public static Gen<string> RandomText { get; } = Gen.String[Gen.Char, 0, 4000];

    /// <summary>Text made mostly of digits, dots, quote marks, brackets and @: the scanners' hot paths.</summary>
    public static Gen<string> NearCodeText { get; } = Gen.String[Gen.Char[NearCodeChars], 0, 4000];

    public static Gen<string> Sample { get; } = Gen.Int[0, 1_000_000].Select(i => Latin1(PublicSamples.All[i % PublicSamples.All.Count]));

    /// <summary>One public sample damaged by one mutation (the 10 MB line has its own test: it is too big to repeat).</summary>
    public static Gen<string> Mutated { get; } = Gen.OneOf<string>(
        Gen.Select(Sample, Gen.Int[0, 1000], Mutations.Truncate),
        Gen.Select(Sample, Gen.Int[0, 3], Mutations.LineEndings),
        Gen.Select(Sample, Gen.Int[1, 220], Mutations.NestMultiparts),
        Gen.Select(Sample, Gen.Int[1_000, 200_000], Gen.Bool, Mutations.HugeHeader),
        Gen.Select(Sample, Gen.Int[1_000, 100_000], Gen.Char["x5.@> "], Mutations.LongLine),
        Gen.Select(Sample, Gen.OneOf(Charsets), Mutations.Charset),
        Gen.Select(Sample, Gen.String[Gen.Char["ABCxyz019+/=!*-\r\n"], 0, 3000], Gen.Int[0, 1000], Mutations.Base64Garbage),
        Gen.Select(Sample, Gen.Int[0, 7].Array[0, 12], Mutations.Quote),
        Sample.Select(Mutations.Html),
        Sample.Select(Mutations.StripTags),
        Gen.Select(Sample, Gen.Int.Array[1, 64], Gen.Byte.Array[1, 64], Mutations.FlipBytes),
        Gen.Select(Sample, Sample, (a, b) => a + "\n" + b),
        Gen.Select(Sample, Sample, Sample, (a, b, c) => Mutations.Quote(a + b, [1, 2]) + Mutations.Html(c)));

    public static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    public static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);
}
