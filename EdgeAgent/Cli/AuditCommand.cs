using System.CommandLine;
using EdgeAgent.Control.Audit;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent audit verify</c>: walks the audit log's hash chain and names the first broken record.</summary>
public static class AuditCommand
{
    /// <summary>Builds the verb group.</summary>
    public static Command Create()
    {
        var stateDir = new Option<string?>("--state-dir") { Description = "State folder holding audit.log (default: device.state_dir of the config)" };
        var head = new Option<string?>("--head") { Description = "Head (sha256 hex) kept off the device, e.g. from the centre: the last line must hash to it" }
            .Must(h => h is null || (h.Length == 64 && h.All(Uri.IsHexDigit)), "must be 64 hex digits (a sha256)");
        var verify = new Command("verify", "Walk the audit log's hash chain: exit 0 with the record count when intact, 4 naming the first broken line") { stateDir, head };
        verify.SetAction(parse =>
        {
            var dir = parse.GetValue(stateDir);
            if (dir is null)
            {
                var options = CommonOptions.LoadConfig(parse, parse.InvocationConfiguration.Error);
                if (options is null) return ExitCodes.Config;
                dir = options.StateDir;
            }
            var result = AuditCheck.Run(dir, parse.GetValue(head));
            CheckCommand.Print(parse.InvocationConfiguration.Output, result);
            return result.Ok ? ExitCodes.Ok : ExitCodes.Verification;
        });
        var command = new Command("audit", "The tamper-evident audit log of watchlist changes, matches and commands") { verify };
        return command;
    }
}
