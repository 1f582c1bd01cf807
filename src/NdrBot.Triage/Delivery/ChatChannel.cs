namespace NdrBot.Triage.Delivery;

public enum ChatChannel
{
    Teams,
    Slack,
}
