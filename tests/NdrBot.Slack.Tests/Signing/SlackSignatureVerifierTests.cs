using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Slack.Signing;

namespace NdrBot.Slack.Tests.Signing;

/// <summary>Slack's documented example vector (protocol-brief B1) and the B9 cases 1–3.</summary>
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Theory]
    [InlineData(0, SignatureVerdict.Valid)]
    [InlineData(300, SignatureVerdict.Valid)]
    [InlineData(-300, SignatureVerdict.Valid)]
    [InlineData(301, SignatureVerdict.Stale)]
    [InlineData(-301, SignatureVerdict.Stale)]
    public void Verify_DocumentedVector_ValidOnlyWithinFiveMinutes(int clockOffsetSeconds, SignatureVerdict expected) =>
        Assert.Equal(expected, VerifierAt(1531420618 + clockOffsetSeconds).Verify(Timestamp, Signature, Bytes(Body)));

    [Fact]
    public void Verify_DocumentedVectorWithRealClock_IsStale() =>
        Assert.Equal(SignatureVerdict.Stale, new SlackSignatureVerifier(Secret, TimeProvider.System).Verify(Timestamp, Signature, Bytes(Body)));

    [Fact]
    public void Compute_DocumentedVector_MatchesSlacksSignature() =>
        Assert.Equal(Signature, VerifierAt(1531420618).Compute(Timestamp, Bytes(Body)));

    [Fact]
    public void Verify_OneBodyByteChanged_IsMismatch() =>
        Assert.Equal(SignatureVerdict.Mismatch, VerifierAt(1531420618).Verify(Timestamp, Signature, Bytes(Body.Replace("text=&", "text=x&", StringComparison.Ordinal))));

    [Fact]
    public void Verify_OtherSigningSecret_IsMismatch() =>
        Assert.Equal(SignatureVerdict.Mismatch, new SlackSignatureVerifier("another-secret", Clock(1531420618)).Verify(Timestamp, Signature, Bytes(Body)));

    [Theory]
    [InlineData(null, Signature, SignatureVerdict.Missing)]
    [InlineData(Timestamp, null, SignatureVerdict.Missing)]
    [InlineData("", Signature, SignatureVerdict.Missing)]
    [InlineData("abc", Signature, SignatureVerdict.Malformed)]
    [InlineData("-1531420618", Signature, SignatureVerdict.Malformed)]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureVerdict.Malformed)]
    [InlineData(Timestamp, "v0=a2114d57", SignatureVerdict.Malformed)]
    public void Verify_MissingOrMalformedHeaders_IsRejected(string? timestamp, string? signature, SignatureVerdict expected) =>
        Assert.Equal(expected, VerifierAt(1531420618).Verify(timestamp, signature, Bytes(Body)));

    [Fact]
    public void Verify_SixMinuteOldTimestampWithCorrectHmac_IsStale()
    {
        var now = 1_700_000_000L;
        var verifier = VerifierAt(now);
        var old = (now - 360).ToString(CultureInfo.InvariantCulture);
        var body = Bytes("""{"type":"event_callback"}""");

        Assert.Equal(SignatureVerdict.Stale, verifier.Verify(old, verifier.Compute(old, body), body));
    }

    [Fact]
    public void Verify_FreshJsonBodySignedWithSecret_IsValid()
    {
        var verifier = VerifierAt(1_700_000_000);
        var body = Bytes("""{"type":"event_callback","event_id":"Ev1"}""");

        Assert.Equal(SignatureVerdict.Valid, verifier.Verify("1700000000", verifier.Compute("1700000000", body), body));
    }

    private static SlackSignatureVerifier VerifierAt(long unixSeconds) => new(Secret, Clock(unixSeconds));

    private static FakeTimeProvider Clock(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
