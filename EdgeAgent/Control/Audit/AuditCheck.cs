using System.Globalization;
using EdgeAgent.Audit;
using EdgeAgent.Control.Provisioning;

namespace EdgeAgent.Control.Audit;

/// <summary>The audit chain as one check line, shared by <c>edgeagent audit verify</c> and <c>edgeagent check</c>.</summary>
public static class AuditCheck
{
    /// <summary>Name of the check line.</summary>
    public const string Name = "audit";

    /// <summary>
    /// Walks the chain of <c>{stateDir}/audit.log</c>: green with the record count and head when intact (or absent: nothing
    /// audited yet), red naming the first broken line and what broke, with what to do.
    /// </summary>
    public static CheckResult Run(string stateDir, string? expectedHead = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDir);
        var path = AuditLog.PathIn(stateDir);
        if (!File.Exists(path))
        {
            return expectedHead is null
                ? new CheckResult(Name, true, $"{path}: no audit log yet (nothing audited on this device)")
                : new CheckResult(Name, false, $"{path}: missing, yet a head was expected", $"the log was removed: report it; {Keep(path)}");
        }
        AuditVerification v;
        try
        {
            v = AuditLog.Verify(path, expectedHead);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CheckResult(Name, false, $"{path}: cannot read ({ex.Message})", "run as the edgeagent user or root");
        }
        if (v.Ok) return new CheckResult(Name, true, string.Create(CultureInfo.InvariantCulture, $"{path}: chain intact, {v.Records} record(s), head {v.Head}"));
        return new CheckResult(Name, false,
            string.Create(CultureInfo.InvariantCulture, $"{path}: chain broken at line {v.BrokenAtLine}: {v.Reason} ({v.Records} record(s) before it verified)"),
            $"the log was edited or damaged: {Keep(path)}");
    }

    private static string Keep(string path) =>
        $"keep {path} as evidence (copy it off the device), compare it with the records the centre received on the audit topic, then report it";
}
