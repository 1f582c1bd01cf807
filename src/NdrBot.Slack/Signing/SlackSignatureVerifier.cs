using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NdrBot.Slack.Signing;

/// <summary>
/// Checks <c>X-Slack-Signature</c>: <c>v0=</c> + hex HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c> keyed with
/// the signing secret, compared in constant time, with the timestamp within ±5 minutes of now. Never throws for
/// bad input: every failure is a <see cref="SignatureVerdict"/>.
/// </summary>
public sealed class SlackSignatureVerifier
{
    /// <summary>Slack's replay window (python-slack-sdk rejects <c>abs(now - ts) &gt; 300</c>).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int HexLength = 64;

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SlackSignatureVerifier(string signingSecret, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        ArgumentNullException.ThrowIfNull(time);
        _key = Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    public SignatureVerdict Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(timestamp) || string.IsNullOrWhiteSpace(signature))
        {
            return SignatureVerdict.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !signature.StartsWith(Version + "=", StringComparison.Ordinal)
            || signature.Length != Version.Length + 1 + HexLength)
        {
            return SignatureVerdict.Malformed;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)MaxAge.TotalSeconds)
        {
            return SignatureVerdict.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureVerdict.Valid : SignatureVerdict.Mismatch;
    }

    /// <summary>The signature Slack would send for this timestamp and body (used by tests and the local poster).</summary>
    public string Compute(string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.ASCII.GetBytes($"{Version}:{timestamp}:");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(prefix.Length));
        return Version + "=" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, data));
    }
}
