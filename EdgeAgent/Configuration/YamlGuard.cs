using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EdgeAgent.Configuration;

/// <summary>
/// Limits a YAML document must meet before it is built into nodes. YamlDotNet's node builder recurses once per nesting
/// level, so a deeply nested document (a hostile config.set, a corrupted file) overflows the stack and kills the process
/// with no reply; this pass reads the parser's event stream with a counter instead, so it cannot overflow.
/// </summary>
public static class YamlGuard
{
    /// <summary>
    /// Largest document accepted, in UTF-8 bytes: a real device config is a few KB; a megabyte leaves room for
    /// hundreds of cameras while keeping a hostile document from taking the device's memory.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Deepest nesting of mappings and lists accepted: the deepest real key (<c>cameras[0].zones[0].polygon[0]</c>) is
    /// about six levels down; 64 is far above that and far below what the builder's recursion survives.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Checks <paramref name="yaml"/> against the limits without building it; null when it passes, else the one problem,
    /// located by line and column where it has a place in the text.
    /// </summary>
    public static ConfigError? Check(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        // A cheap upper bound first, so a huge text is refused without being encoded: UTF-8 needs at most 3 bytes a char.
        if (yaml.Length > MaxBytes || (yaml.Length * 3L > MaxBytes && System.Text.Encoding.UTF8.GetByteCount(yaml) > MaxBytes))
        {
            return TooLarge();
        }
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart start when ++documents > 1:
                        return At(start.Start, "a second YAML document; a config is one document (remove the '---' and what follows, or merge it)");
                    case AnchorAlias alias:
                        // Aliases can make the built tree far larger than the text (and cycles in it); configs do not need them.
                        return At(alias.Start, $"alias '*{alias.Value}': anchors and aliases are not supported in a config");
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return At(parser.Current.Start, $"nesting deeper than {MaxDepth} levels, the limit for a config");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            return Syntax(ex);
        }
        return null;
    }

    /// <summary>The problem of a document over <see cref="MaxBytes"/>.</summary>
    public static ConfigError TooLarge() =>
        new("", $"larger than {MaxBytes / 1024} KiB, the limit for a config (a device config is a few KB)");

    /// <summary>A YAML syntax error as one located problem, with the parser's message and no stack trace.</summary>
    public static ConfigError Syntax(YamlException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var message = (ex.InnerException ?? ex).Message;
        // YamlDotNet prefixes its own "(Line: 3, Col: 5, Idx: ...) - (Line: ...): " location; ours replaces it.
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && dash > 0) message = message[(dash + 3)..];
        return At(ex.Start, "invalid YAML: " + message);
    }

    private static ConfigError At(Mark mark, string message) => new("", message) { Line = (int)mark.Line, Column = (int)mark.Column };
}
