using EdgeAgent.Cli;

return await CliRoot.InvokeAsync(args);
