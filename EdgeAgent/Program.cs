using EdgeAgent.Cli;
using EdgeAgent.Configuration;

// Before any verb reads the config: its ${CAM_*} references get the values the service gets from systemd.
var warnings = new List<string>();
EnvironmentFile.ApplyToProcess(warnings);
foreach (var w in warnings) Console.Error.WriteLine(w);
return await CliRoot.InvokeAsync(args);
