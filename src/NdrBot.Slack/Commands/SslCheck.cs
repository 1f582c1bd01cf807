using System.Text;

namespace NdrBot.Slack.Commands;

/// <summary>
/// Recognises Slack's unsigned slash-command certificate check: a form body with <c>ssl_check=1</c>. Read before
/// the signature is known, so only the raw bytes are looked at, read as a command is (<see cref="SlashCommand.SslCheck"/>).
/// </summary>
public static class SslCheck
{
    public static bool IsSslCheck(ReadOnlySpan<byte> body) =>
        SlashCommand.FromForm(FormBody.Parse(Encoding.ASCII.GetString(body))).SslCheck;
}
