using System.Text;

namespace NdrBot.Host.Slack;

/// <summary>Recognises Slack's unsigned slash-command certificate check: a form body with <c>ssl_check=1</c>.</summary>
internal static class SslCheck
{
    public static bool IsSslCheck(ReadOnlySpan<byte> body)
    {
        foreach (var pair in Encoding.ASCII.GetString(body).Split('&'))
        {
            if (pair == "ssl_check=1")
            {
                return true;
            }
        }

        return false;
    }
}
