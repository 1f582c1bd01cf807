namespace NdrBot.Slack.SocketMode;

internal enum FrameResult
{
    Other,
    Hello,
    Disconnect,
}
