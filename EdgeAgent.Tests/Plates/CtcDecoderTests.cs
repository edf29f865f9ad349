using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Plates;

public sealed class CtcDecoderTests
{
    private static readonly CtcDecoder Decoder = new(["A", "B", "1", "2"]);

    // One row per step: the index of the winning class and its probability (the rest share what is left).
    private static float[] Scores(params (int Class, float P)[] steps)
    {
        var classes = Decoder.ClassCount;
        var scores = new float[steps.Length * classes];
        for (var t = 0; t < steps.Length; t++)
        {
            for (var c = 0; c < classes; c++) scores[t * classes + c] = (1 - steps[t].P) / (classes - 1);
            scores[t * classes + steps[t].Class] = steps[t].P;
        }
        return scores;
    }

    [Test]
    public void Decode_RepeatsAndBlanks_CollapsedAndDropped()
    {
        // A A _ A B B _ 1 2 2 -> "AAB12": a blank separates a genuine double letter.
        var scores = Scores((1, 0.9f), (1, 0.8f), (0, 0.9f), (1, 0.7f), (2, 0.6f), (2, 0.95f), (0, 0.9f), (3, 0.99f), (4, 0.5f), (4, 0.9f));
        var conf = new List<float>();
        var text = Decoder.Decode(scores, 10, conf);
        Assert.That(text, Is.EqualTo("AAB12"));
        Assert.That(conf, Is.EqualTo(new[] { 0.9f, 0.7f, 0.6f, 0.99f, 0.5f }));
    }

    [Test]
    public void Decode_WithAlternatives_GivesTheSecondChoiceOverEachCharactersSteps()
    {
        var classes = Decoder.ClassCount;
        var scores = new float[3 * classes];
        // Step 0: A 0.7, B 0.2; step 1: A 0.6, "1" 0.3 (the run's strongest second choice); step 2: blank 0.8, "2" 0.1.
        scores[1] = 0.7f; scores[2] = 0.2f; scores[0] = 0.1f;
        scores[classes + 1] = 0.6f; scores[classes + 3] = 0.3f; scores[classes] = 0.1f;
        scores[2 * classes] = 0.8f; scores[2 * classes + 4] = 0.1f; scores[2 * classes + 1] = 0.1f;
        var conf = new List<float>();
        var alt = new List<CtcAlternative>();
        var text = Decoder.Decode(scores, 3, conf, alt);
        Assert.That(text, Is.EqualTo("A"));
        Assert.That(alt, Is.EqualTo(new[] { new CtcAlternative('1', 0.3f) }));
    }

    [Test]
    public void Decode_AllBlank_Empty()
    {
        var conf = new List<float> { 1f };
        Assert.That(Decoder.Decode(Scores((0, 0.9f), (0, 0.9f)), 2, conf), Is.Empty);
        Assert.That(conf, Is.Empty);
    }

    [Test]
    public void Decode_LastClass_IsTheAppendedSpace()
    {
        var conf = new List<float>();
        Assert.That(Decoder.Decode(Scores((1, 0.9f), (5, 0.9f), (2, 0.9f)), 3, conf), Is.EqualTo("A B"));
    }

    [Test]
    public void Decode_TooFewScores_ThrowsNamingTheShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => Decoder.Decode(new float[5], 2, []));
        Assert.That(ex!.Message, Does.Contain("2 steps x 6 classes"));
    }

    [Test]
    public void Load_PaddleKeyFile_KeepsTheLastLineAndMatchesTheModel()
    {
        var path = TestPaths.Model("ppocr_keys_v1.txt");
        var decoder = CtcDecoder.Load(path);
        Assert.That(decoder.ClassCount, Is.EqualTo(6625), "rec model outputs 6625 classes");
        var lastLine = File.ReadAllText(path).Split('\n')[^1];
        Assert.That(decoder[6623], Is.EqualTo(lastLine));
        Assert.That(decoder[6624], Is.EqualTo(" "));
        Assert.That(decoder[0], Is.Empty);
    }

    [Test]
    public void Load_FileWithTrailingNewline_DoesNotInventAnEmptyKey()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "keys.txt");
        File.WriteAllText(path, "a\nb\nc\n");
        Assert.That(CtcDecoder.Load(path).ClassCount, Is.EqualTo(5));
        File.WriteAllText(path, "a\nb\nc");
        Assert.That(CtcDecoder.Load(path).ClassCount, Is.EqualTo(5));
        Directory.Delete(dir, true);
    }
}
