using System.Text;

namespace EdgeAgent.Plates;

/// <summary>
/// Greedy CTC decoding of a recogniser's per-step class scores: best class per step, repeats collapsed, blanks dropped.
/// Class 0 is the blank, classes 1..N the character list, N+1 a space (the PP-OCR layout).
/// </summary>
public sealed class CtcDecoder
{
    private readonly string[] _classes;

    /// <summary>A decoder over <paramref name="keys"/> (one entry per character line of the key file).</summary>
    public CtcDecoder(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _classes = new string[keys.Count + 2];
        _classes[0] = "";
        for (var i = 0; i < keys.Count; i++) _classes[i + 1] = keys[i];
        _classes[^1] = " ";
    }

    /// <summary>Classes per step the recogniser must output: blank + keys + space.</summary>
    public int ClassCount => _classes.Length;

    /// <summary>
    /// Reads a key file: one character per line. A final line without a newline is a key (PP-OCR's file ends that way);
    /// only the empty remainder after a trailing newline is not.
    /// </summary>
    public static CtcDecoder Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"character list {path}: cannot read: {ex.Message}", ex);
        }
        var lines = text.Split('\n');
        var count = lines.Length;
        if (count > 0 && lines[^1].Length == 0) count--;
        var keys = new string[count];
        for (var i = 0; i < count; i++) keys[i] = lines[i].TrimEnd('\r');
        if (count == 0) throw new InvalidDataException($"character list {path} is empty");
        return new CtcDecoder(keys);
    }

    /// <summary>The text of class <paramref name="index"/> ("" for the blank).</summary>
    public string this[int index] => _classes[index];

    /// <summary>
    /// Decodes <paramref name="steps"/> rows of <see cref="ClassCount"/> scores (probabilities) and returns the text;
    /// <paramref name="confidences"/> receives one value per character of the text: the winning class's score.
    /// </summary>
    public string Decode(ReadOnlySpan<float> scores, int steps, List<float> confidences) => Decode(scores, steps, confidences, null);

    /// <summary>
    /// As <see cref="Decode(ReadOnlySpan{float}, int, List{float})"/>; <paramref name="alternatives"/>, when given, receives
    /// one entry per character of the text: the recogniser's second choice over the character's steps (blank and the
    /// winner excluded) and its highest score there, or ('\0', 0) when the second choice is not a single character.
    /// </summary>
    public string Decode(ReadOnlySpan<float> scores, int steps, List<float> confidences, List<CtcAlternative>? alternatives)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        var classes = _classes.Length;
        if (scores.Length < steps * classes) throw new ArgumentException($"{scores.Length} scores, fewer than {steps} steps x {classes} classes", nameof(scores));
        confidences.Clear();
        alternatives?.Clear();
        var text = new StringBuilder(steps);
        var previous = -1;
        var emitted = 0;
        for (var t = 0; t < steps; t++)
        {
            var row = scores.Slice(t * classes, classes);
            var best = 0;
            var bestScore = row[0];
            for (var c = 1; c < classes; c++)
            {
                if (row[c] > bestScore)
                {
                    bestScore = row[c];
                    best = c;
                }
            }
            if (best != 0 && best != previous)
            {
                var s = _classes[best];
                text.Append(s);
                for (var k = 0; k < s.Length; k++) confidences.Add(bestScore);
                emitted = s.Length;
                if (alternatives is not null)
                {
                    for (var k = 0; k < s.Length; k++) alternatives.Add(default);
                }
            }
            // The second choice is taken over every step of the character's run, where the recogniser hesitated most.
            if (best != 0 && alternatives is not null && emitted == 1)
            {
                var second = 0;
                var secondScore = 0f;
                for (var c = 1; c < classes; c++)
                {
                    if (c != best && row[c] > secondScore)
                    {
                        secondScore = row[c];
                        second = c;
                    }
                }
                var alt = _classes[second];
                if (alt.Length == 1 && secondScore > alternatives[^1].Score) alternatives[^1] = new CtcAlternative(alt[0], secondScore);
            }
            previous = best;
        }
        return text.ToString();
    }
}

/// <summary>The recogniser's second choice for one character of a read and its score.</summary>
public readonly record struct CtcAlternative(char Glyph, float Score);
