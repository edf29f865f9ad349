using System.Globalization;
using EdgeAgent.Common;
using EdgeAgent.Control;

namespace EdgeAgent.Transport;

/// <summary>
/// The session number carried in the state messages: one more at every start, persisted in the state folder, so the
/// centre can tell a restart (new number) from a network blip (same number), like Sparkplug's bdSeq.
/// </summary>
public static class SessionCounter
{
    /// <summary>File name in the state folder.</summary>
    public const string FileName = "session";

    /// <summary>Reads the last number, stores the next one durably, and returns it.</summary>
    public static long Next(string stateDir)
    {
        var path = Path.Combine(stateDir, FileName);
        try
        {
            StateFiles.CreateDirectory(stateDir);
            long last = 0;
            if (File.Exists(path) && !long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out last))
            {
                throw new InvalidOperationException($"session counter {path} does not hold a number; delete it to start again from 1");
            }
            var next = last + 1;
            // Write aside and rename: a power cut leaves the old or the new number, never an empty file.
            var temp = path + ".tmp";
            using (var stream = StateFiles.CreateFile(temp))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(next.ToString(CultureInfo.InvariantCulture));
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
            return next;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"session counter {path}: {ex.Message}", ex);
        }
    }
}
