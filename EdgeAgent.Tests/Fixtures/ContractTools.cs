using System.Diagnostics;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>The node scripts under scripts/contract/, run with the npm packages scripts/setup.sh installed for them.</summary>
public static class ContractTools
{
    /// <summary>Where setup.sh puts the pinned packages (scripts/contract/package-lock.json).</summary>
    public static string Modules => Path.Combine(Environment.GetEnvironmentVariable("EDGEAGENT_CACHE") is { Length: > 0 } c
        ? c : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edgeagent"), "node", "contract", "node_modules");

    /// <summary>
    /// Starts <c>node scripts/contract/<paramref name="script"/></c> (or a tool of the packages, by absolute path) with
    /// <paramref name="args"/>; skips the test where node is absent, fails it where setup.sh has not installed the packages.
    /// </summary>
    public static Process Start(string script, params string[] args)
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);
        if (node is null) Assert.Ignore("node is not installed, so the contract tools cannot run (scripts/setup.sh installs nodejs)");
        if (!Directory.Exists(Path.Combine(Modules, "@asyncapi", "parser"))) Assert.Fail($"the contract tools are not in {Modules}: run ./scripts/setup.sh");
        var start = new ProcessStartInfo(node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "scripts", "contract", script));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NODE_PATH"] = Modules;
        return Process.Start(start)!;
    }

    /// <summary>Waits for <paramref name="p"/> to end within <paramref name="timeout"/>: its exit code and output.</summary>
    public static async Task<(int Code, string Output)> FinishAsync(Process p, Task<string> stdout, Task<string> stderr, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(p);
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{p.StartInfo.ArgumentList[0]} did not finish within {timeout.TotalSeconds:0} s: {await stdout}{await stderr}");
        }
        return (p.ExitCode, await stdout + await stderr);
    }

    /// <summary>Runs a script to its end: exit code and output.</summary>
    public static Task<(int Code, string Output)> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        var p = Start(script, args);
        return FinishAsync(p, p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync(), timeout);
    }
}
