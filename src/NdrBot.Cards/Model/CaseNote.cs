namespace NdrBot.Cards.Model;

/// <summary>A note someone added to a case. Author and text are untrusted user input.</summary>
public sealed record CaseNote(string Author, string Text, DateTimeOffset At);
