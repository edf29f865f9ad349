using EdgeAgent.Control;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// Keeps the latest report in <c>{state_dir}/health.json</c> for <c>edgeagent status</c> and for a technician with a
/// shell. Written to a temporary file and renamed over the old one, so a reader never sees half a report.
/// </summary>
public sealed class HealthFileWriter(string stateDir) : IHealthPublisher
{
    /// <summary>The file name inside the state folder.</summary>
    public const string FileName = "health.json";

    /// <summary>Full path of the file.</summary>
    public string Path { get; } = System.IO.Path.Combine(stateDir, FileName);

    /// <inheritdoc />
    public async ValueTask PublishAsync(HealthReport report, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        StateFiles.CreateDirectory(stateDir);
        var temp = Path + ".tmp";
        await using (var file = StateFiles.CreateFile(temp, FileMode.Create, FileOptions.Asynchronous))
        {
            await file.WriteAsync(json, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }
        File.Move(temp, Path, overwrite: true);
    }
}
