using System.Reflection;

namespace EdgeAgent.Common;

/// <summary>The agent's version, read once from the assembly so every layer reports the same string.</summary>
public static class AgentVersion
{
    /// <summary>The informational version the build stamped, or 0.0.0.</summary>
    public static string Value { get; } =
        typeof(AgentVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
