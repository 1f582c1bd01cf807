namespace NdrBot.Load.Connector;

/// <summary>When the fake connector received a reply (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) and whether it carried a card.</summary>
internal sealed record ReplyReceipt(long Timestamp, bool HasCard);
