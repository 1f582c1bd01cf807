using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Building;

/// <summary>The not-found and not-a-bounce answers: what NdrBot understood, and what to try instead.</summary>
internal static class NotFoundAnswers
{
    public static Answer For(ExplanationKind kind, IReadOnlyList<string> notices)
    {
        var (title, understood) = kind switch
        {
            ExplanationKind.NotBounce => ("Not a bounce", "This message does not look like a delivery failure report, and it names no status code."),
            ExplanationKind.Feedback => ("Abuse report, not a bounce", "This is a feedback (ARF) report: a recipient's provider says someone marked a message as spam. Nothing bounced."),
            ExplanationKind.AutoReply => ("Auto-reply, not a bounce", "This is an out-of-office or vacation auto-reply. The message was delivered."),
            ExplanationKind.Bounce => ("Bounce without a code", "This looks like a bounce, but it carries no status code NdrBot could read."),
            _ => ("No code found", "No status code (like 5.1.1 or 550) and no known topic (like Telstra mass mail) was found in your message."),
        };
        return new Answer
        {
            Kind = AnswerKind.NotFound,
            Title = title,
            Summary = understood,
            Lines =
            [
                "Try a code on its own: @ndrbot 5.1.1",
                "Or paste the whole bounce, including the lines with the status code and the remote server's reply",
                "@ndrbot help shows what NdrBot can do",
            ],
            Notices = notices,
        };
    }
}
