using System.CommandLine;
using System.Runtime.InteropServices;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent version</c>: agent, runtime and platform versions.</summary>
public static class VersionCommand
{
    /// <summary>The agent's version.</summary>
    public static string AgentVersion => Common.AgentVersion.Value;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("version", "Print the agent, .NET and platform versions");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine($"edgeagent {AgentVersion}");
            parse.InvocationConfiguration.Output.WriteLine($".NET {Environment.Version} on {RuntimeInformation.RuntimeIdentifier} ({RuntimeInformation.OSDescription})");
            // Loading the native library here makes `version` a smoke test of a build on a new board (scripts/arm64-check.sh).
            parse.InvocationConfiguration.Output.WriteLine($"ONNX Runtime {OnnxRuntimeVersion()}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string OnnxRuntimeVersion()
    {
        try
        {
            return Microsoft.ML.OnnxRuntime.OrtEnv.Instance().GetVersionString();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return $"not loadable: {ex.Message}";
        }
    }
}
