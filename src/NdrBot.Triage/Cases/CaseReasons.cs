namespace NdrBot.Triage.Cases;

/// <summary>The reasons a case is counted under in <c>@ndrbot stats</c> when its answer named no code.</summary>
public static class CaseReasons
{
    /// <summary>
    /// For a case opened without a reason: Sisimai's name for the same thing, as Core's <c>ReasonNames.Undefined</c>
    /// (storage does not reference Core; a host test keeps the two equal).
    /// </summary>
    public const string Undefined = "undefined";

    public const string ChecklistPrefix = "checklist: ";

    /// <summary>For a case that carries a checklist only (Telstra mass mail asked about without a code).</summary>
    public static string Checklist(string checklistId) => ChecklistPrefix + checklistId;
}
