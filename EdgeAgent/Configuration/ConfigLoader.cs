using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeAgent.Configuration;

/// <summary>Loads and validates an <see cref="AgentOptions"/> document, reporting every problem at once.</summary>
public static class ConfigLoader
{
    /// <summary>Reads a YAML file; throws <see cref="ConfigException"/> listing every problem.</summary>
    public static AgentOptions LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, [new ConfigError("", $"cannot read the file: {ex.Message}")]);
        }
        return Parse(text, path) with { SourcePath = path };
    }

    /// <summary>Parses YAML text; <paramref name="source"/> names it in errors.</summary>
    public static AgentOptions Parse(string yaml, string source)
    {
        var errors = new List<ConfigError>();
        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                root = stream.Documents[0].RootNode as YamlMappingNode;
                if (root is null && stream.Documents[0].RootNode is not YamlScalarNode { Value: "" })
                {
                    errors.Add(new ConfigError("", "the document must be a mapping of sections (device, models, broker, cameras)"));
                }
            }
        }
        catch (YamlException ex)
        {
            errors.Add(new ConfigError("", $"invalid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {(ex.InnerException ?? ex).Message}"));
        }
        if (errors.Count > 0) throw new ConfigException(source, errors);

        var map = new ConfigMap(root, "", errors);
        var options = AgentOptions.Read(map);
        map.ReportUnknownKeys();
        if (errors.Count > 0) throw new ConfigException(source, errors);
        return options;
    }
}
