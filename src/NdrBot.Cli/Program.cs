using NdrBot.Cli;

return await CliApp.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error);
