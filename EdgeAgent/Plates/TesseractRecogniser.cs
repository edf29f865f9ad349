using System.Diagnostics;
using System.Globalization;
using System.Text;
using EdgeAgent.Imaging;

namespace EdgeAgent.Plates;

/// <summary>
/// The baseline the issue sets: Tesseract (Debian <c>tesseract-ocr</c>) on the same rectified plate boxes, one line
/// (<c>--psm 7</c>) with a whitelist of plate characters, as older open-source plate readers did. One process per line:
/// for measurement, never the per-frame path.
/// </summary>
public sealed class TesseractRecogniser(string executable = "tesseract", int lineHeight = 64) : ILineRecogniser
{
    /// <summary>Characters Tesseract may output: Latin capitals and digits.</summary>
    public const string Whitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <inheritdoc />
    public string Recognise(RgbImage image, TextQuad quad, List<float> confidences)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        confidences.Clear();
        var width = Math.Clamp((int)MathF.Ceiling(lineHeight * quad.Width / Math.Max(1f, quad.Height)), 16, 4096);
        // A white margin: Tesseract finds lines badly when glyphs touch the edge.
        var margin = lineHeight / 4;
        var line = RgbImage.Create(width, lineHeight);
        PlateLineRecogniser.Rectify(image, quad, line);
        var padded = RgbImage.Create(width + 2 * margin, lineHeight + 2 * margin);
        padded.Pixels.Fill(255);
        for (var y = 0; y < lineHeight; y++) line.Row(y).CopyTo(padded.Data.AsSpan((y + margin) * padded.Stride + margin * 3));
        var path = Path.Combine(Path.GetTempPath(), $"edgeagent-tess-{Environment.ProcessId}-{Guid.NewGuid():N}.ppm");
        try
        {
            WritePpm(path, padded);
            var psi = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { path, "stdout", "--psm", "7", "-l", "eng", "-c", "tessedit_char_whitelist=" + Whitelist, "tsv" }) psi.ArgumentList.Add(a);
            using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {executable}");
            var stdout = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{executable} exited with {process.ExitCode}");
            return ParseTsv(stdout, confidences);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Joins the words of Tesseract's TSV output; each character takes its word's confidence (0..1).</summary>
    internal static string ParseTsv(string tsv, List<float> confidences)
    {
        var text = new StringBuilder();
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.Split('\t');
            if (f.Length < 12 || f[0] != "5") continue;
            var word = f[11].Trim();
            if (word.Length == 0 || !float.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf)) continue;
            text.Append(word);
            for (var i = 0; i < word.Length; i++) confidences.Add(Math.Clamp(conf / 100f, 0f, 1f));
        }
        return text.ToString();
    }

    private static void WritePpm(string path, RgbImage image)
    {
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"P6\n{image.Width} {image.Height}\n255\n"));
        file.Write(image.Pixels);
    }
}
