using EdgeAgent.Cli;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>Runs the <c>edgeagent</c> command line in this process and keeps what it printed.</summary>
public static class CliRun
{
    /// <summary>Runs <paramref name="args"/>; returns the exit code, stdout and stderr.</summary>
    public static async Task<(int Code, string Out, string Err)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliRoot.InvokeAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
