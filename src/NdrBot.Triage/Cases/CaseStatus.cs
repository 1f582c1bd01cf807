namespace NdrBot.Triage.Cases;

public enum CaseStatus
{
    Open,
    Resolved,
}
