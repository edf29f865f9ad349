namespace EdgeAgent.Configuration;

/// <summary>
/// Where a secret lives: an environment variable (<c>env:NAME</c>) or a file (<c>file:/path</c>).
/// A secret written in clear in the YAML is refused: config files are copied into support bundles and tickets.
/// </summary>
public sealed record SecretRef(string Kind, string Name)
{
    /// <summary>Reads the secret reference at <paramref name="key"/>, or null when the key is absent.</summary>
    public static SecretRef? Read(ConfigMap map, string key)
    {
        var text = map.Text(key);
        if (text is null) return null;
        if (text.StartsWith("env:", StringComparison.Ordinal) && text.Length > 4) return new SecretRef("env", text[4..]);
        if (text.StartsWith("file:", StringComparison.Ordinal) && text.Length > 5)
        {
            var secret = new SecretRef("file", text[5..]);
            if (secret.ExposedMode() is { } problem) map.Error(key, problem);
            return secret;
        }
        map.Error(key, "secrets are not written in the YAML; use env:VARIABLE or file:/path/to/secret");
        return null;
    }

    /// <summary>Reads the secret's value now; throws with the variable or file named when it cannot.</summary>
    public string Resolve()
    {
        if (Kind == "env")
        {
            return Environment.GetEnvironmentVariable(Name)
                   ?? throw new InvalidOperationException($"secret: environment variable {Name} is not set");
        }
        if (ExposedMode() is { } problem) throw new InvalidOperationException($"secret: {problem}");
        try
        {
            return File.ReadAllText(Name).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"secret: cannot read {Name}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Why a secret file may not be used: group or others can read or change it (every local account could take the
    /// device's key); null when only its owner can, or when it does not exist yet (reading it then says so).
    /// </summary>
    public string? ExposedMode()
    {
        if (Kind != "file" || OperatingSystem.IsWindows() || !File.Exists(Name)) return null;
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                    | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(Name);
        return (mode & others) == 0
            ? null
            : $"secret file {Name} is readable by group or others (mode {System.Convert.ToString((int)mode, 8).PadLeft(4, '0')}); fix: chmod 600 {Name}";
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Name}";
}
