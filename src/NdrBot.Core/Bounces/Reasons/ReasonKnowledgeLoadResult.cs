namespace NdrBot.Core.Bounces.Reasons;

/// <summary>The compiled knowledge, or the problems that kept a document from loading.</summary>
internal sealed record ReasonKnowledgeLoadResult(ReasonKnowledge? Knowledge, IReadOnlyList<string> Errors);
