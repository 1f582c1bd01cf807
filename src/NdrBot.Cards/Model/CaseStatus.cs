namespace NdrBot.Cards.Model;

public enum CaseStatus
{
    Open,
    Claimed,
    Resolved,
}
