namespace EdgeAgent.Common;

/// <summary>Where the update-signing key lives; here so options resolve the path without reaching up into Control.</summary>
public static class SigningKeyFiles
{
    /// <summary>File name of the public key, on the maintainer's machine and on the device.</summary>
    public const string PublicFile = "update-signing.pub";

    /// <summary>Where a device keeps its pinned update-signing key.</summary>
    public static string PinnedPath(string stateDir) => Path.Combine(stateDir, "keys", PublicFile);
}
