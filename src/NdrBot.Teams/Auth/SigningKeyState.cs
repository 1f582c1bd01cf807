namespace NdrBot.Teams.Auth;

/// <summary>
/// Whether the Bot Framework signing keys (the OpenID metadata and its key set) could be had on the last try. While
/// they cannot, no token can be checked: the messaging endpoint answers 503 with Retry-After instead of calling every
/// caller's token bad, and <c>/readyz</c> says not ready.
/// </summary>
public sealed class SigningKeyState
{
    private volatile bool _unavailable;

    /// <summary>True after a fetch of the metadata failed with no keys to fall back on, until one succeeds.</summary>
    public bool Unavailable => _unavailable;

    internal void Fetched() => _unavailable = false;

    internal void Failed() => _unavailable = true;
}
