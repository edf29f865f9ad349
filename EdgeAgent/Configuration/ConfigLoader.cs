using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Configuration;

/// <summary>Loads and validates an <see cref="AgentOptions"/> document, reporting every problem at once.</summary>
public static class ConfigLoader
{
    /// <summary>Reads a YAML file; throws <see cref="ConfigException"/> listing every problem.</summary>
    public static AgentOptions LoadFile(string path)
    {
        var text = ReadLimited(path);
        return Parse(text, path) with { SourcePath = path };
    }

    /// <summary>
    /// The text of a config file, refused past <see cref="YamlGuard.MaxBytes"/> without reading further (a FIFO or a
    /// device node given as the config must not fill the memory).
    /// </summary>
    public static string ReadLimited(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[YamlGuard.MaxBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
            if (length > YamlGuard.MaxBytes) throw new ConfigException(path, [YamlGuard.TooLarge()]);
            return new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(buffer, 0, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, [new ConfigError("", $"cannot read the file: {ex.Message}")]);
        }
    }

    /// <summary>Parses YAML text; <paramref name="source"/> names it in errors.</summary>
    public static AgentOptions Parse(string yaml, string source) => Parse(yaml, source, ConfigOrigin.Local);

    /// <summary>Parses YAML text from <paramref name="origin"/>; <paramref name="source"/> names it in errors.</summary>
    public static AgentOptions Parse(string yaml, string source, ConfigOrigin origin)
    {
        var root = LoadRoot(yaml, source);
        var errors = new List<ConfigError>();
        var map = new ConfigMap(root, "", errors) { Origin = origin };
        var options = AgentOptions.Table.Read(map);
        map.ReportUnknownKeys();
        if (errors.Count > 0) throw new ConfigException(source, errors);
        return options;
    }

    /// <summary>
    /// The root mapping of <paramref name="yaml"/>, built only after <see cref="YamlGuard"/> has passed it; throws
    /// <see cref="ConfigException"/> for a syntax error, a limit, or a document that is empty or not a mapping.
    /// </summary>
    public static YamlMappingNode LoadRoot(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (YamlGuard.Check(yaml) is { } problem) throw new ConfigException(source, [problem]);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // Found only while building (a duplicate key): still a located problem, never a stack trace.
            throw new ConfigException(source, [YamlGuard.Syntax(ex)]);
        }
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? root
            : throw new ConfigException(source, [stream.Documents is [] or [{ RootNode: YamlScalarNode { Value: "" or null } }]
                // An empty file is a mistake (a failed copy, /dev/null), not a device with no cameras.
                ? new ConfigError("", "the document is empty; a config is a mapping of sections (device, models, broker, cameras)")
                : new ConfigError("", "the document must be a mapping of sections (device, models, broker, cameras)")]);
    }
}

/// <summary>Where a config document comes from, which decides what it may set.</summary>
public enum ConfigOrigin
{
    /// <summary>The device's own file, written by whoever installed it: may set everything.</summary>
    Local,

    /// <summary>A <c>config.set</c> from the centre: may not reach process-level settings or the environment.</summary>
    Remote,
}
