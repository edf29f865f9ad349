using EdgeAgent.Common;

using EdgeAgent.Control;

namespace EdgeAgent.Diagnostics;

/// <summary>
/// Keeps the latest report in <c>{state_dir}/health.json</c> for <c>edgeagent status</c> and for a technician with a
/// shell. Written to a temporary file and renamed over the old one, so a reader never sees half a report.
/// </summary>
/// <remarks>
/// The report matters most when the state folder's disk is full, which is exactly when a new file cannot be made. So the
/// file is padded with spaces (valid JSON) to a whole number of blocks with room to spare, and when the disk refuses the
/// temporary file the report is written over the old one in place, in blocks the file already owns.
/// </remarks>
public sealed class HealthFileWriter(string stateDir) : IHealthPublisher
{
    /// <summary>The file name inside the state folder.</summary>
    public const string FileName = "health.json";

    // Headroom for a report that grows while failing (an error text, more conditions) over the one before it.
    private const int Slack = 2048;
    private const int Block = 4096;

    /// <summary>Full path of the file.</summary>
    public string Path { get; } = System.IO.Path.Combine(stateDir, FileName);

    /// <inheritdoc />
    public async ValueTask PublishAsync(HealthReport report, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        StateFiles.CreateDirectory(stateDir);
        var temp = Path + ".tmp";
        var size = (json.Length + Slack + Block - 1) / Block * Block;
        try
        {
            await using (var file = StateFiles.CreateFile(temp, FileMode.Create, FileOptions.Asynchronous))
            {
                await WritePaddedAsync(file, json, size, cancellationToken);
            }
            File.Move(temp, Path, overwrite: true);
        }
        catch (IOException) when (File.Exists(Path))
        {
            TryDelete(temp);
            await OverwriteInPlaceAsync(json, cancellationToken);
        }
    }

    private async Task OverwriteInPlaceAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 4096, FileOptions.Asynchronous);
        // Only blocks the file owns: a longer report would need space the disk does not have.
        if (json.Length > file.Length) throw new IOException($"{Path}: no space for a new report and the old file is too small to hold it in place");
        await WritePaddedAsync(file, json, file.Length, cancellationToken);
    }

    private static async Task WritePaddedAsync(FileStream file, ReadOnlyMemory<byte> json, long size, CancellationToken cancellationToken)
    {
        await file.WriteAsync(json, cancellationToken);
        var pad = new byte[size - json.Length];
        pad.AsSpan().Fill((byte)' ');
        if (pad.Length > 0) pad[^1] = (byte)'\n';
        await file.WriteAsync(pad, cancellationToken);
        await file.FlushAsync(cancellationToken);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temporary file is replaced by the next report.
        }
    }
}
