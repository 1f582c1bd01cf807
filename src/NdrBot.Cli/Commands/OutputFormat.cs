namespace NdrBot.Cli.Commands;

public enum OutputFormat
{
    Text,
    Json,
}
