namespace NdrBot.Slack.Signing;

/// <summary>The outcome of checking a Slack request signature. Anything but <see cref="Valid"/> is a 401.</summary>
public enum SignatureVerdict
{
    Valid,

    /// <summary>The signature or timestamp header is absent or empty.</summary>
    Missing,

    /// <summary>The timestamp is not a number or the signature is not <c>v0=</c> + 64 hex digits.</summary>
    Malformed,

    /// <summary>The timestamp is more than five minutes from now, either way (replay protection).</summary>
    Stale,

    /// <summary>The HMAC does not match: a forged or altered request, or the wrong signing secret.</summary>
    Mismatch,
}
