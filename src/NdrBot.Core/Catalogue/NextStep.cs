namespace NdrBot.Core.Catalogue;

public sealed record NextStep(Actor Who, string Text);
