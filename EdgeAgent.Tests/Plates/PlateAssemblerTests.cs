using EdgeAgent.Imaging;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Plates;

public sealed class PlateAssemblerTests
{
    private static PlateLine Line(string raw, float x, float y, float w, float h) =>
        new(new TextQuad(new(x, y), new(x + w, y), new(x + w, y + h), new(x, y + h), 0.9f), raw, [.. raw.Select(_ => 0.95f)]);

    [Test]
    public void Assemble_PiecesOfOneLine_JoinedLeftToRightBesideThePieces()
    {
        var lines = new List<PlateLine> { Line("AA1234", 0, 0, 120, 40), Line("BB", 128, 2, 40, 38) };
        var results = new List<PlateCandidate>();
        new PlateAssembler(PlateGrammars.Default).Assemble(lines, results);

        Assert.That(lines, Has.Count.EqualTo(3), "the joined row counts as a line read");
        var joined = results.Single(r => r.Read.Text == "AA1234BB");
        Assert.That(joined.Read.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(joined.Quad.Bounds.X, Is.Zero);
        Assert.That(joined.Quad.Bounds.Right, Is.EqualTo(168));
        Assert.That(results.Select(r => r.Read.Text), Does.Contain("BB"), "the pieces stay, for the best-per-place choice");
    }

    [Test]
    public void Assemble_TwoStackedLines_ReadTopThenBottomOnlyForASpecificFormat()
    {
        var assembler = new PlateAssembler(PlateGrammars.Default);
        var plate = new List<PlateCandidate>();
        assembler.Assemble([Line("1234", 0, 0, 80, 40), Line("AA", 10, 45, 60, 40)], plate);
        var two = plate.Single(r => r.Read.Text == "1234AA");
        Assert.That(two.Read.Specific, Is.True);
        Assert.That((two.Quad.Bounds.Y, two.Quad.Bounds.Bottom), Is.EqualTo((0f, 85f)));

        // A number over a word fits only the generic format: more often a plate and a sticker than one plate.
        var sticker = new List<PlateCandidate>();
        assembler.Assemble([Line("0000", 0, 0, 80, 40), Line("FART", 0, 45, 80, 40)], sticker);
        Assert.That(sticker.Select(r => r.Read.Text), Does.Not.Contain("0000FART"));
    }

    [Test]
    public void Parts_DetectorThenRecogniser_ReadTheRenderedPlate()
    {
        using var detector = new PlateTextDetector(ModelFixture.Registry.Get("ppocr-det-v4"));
        using var recogniser = new PlateLineRecogniser(ModelFixture.Registry.Get("ppocr-rec-v4"));
        var image = PlateReaderTests.RenderPlate("dog.jpg", "AA1234BB", 560, 140, 150, 0);
        var quads = new List<TextQuad>();
        detector.Detect(image, new PixelRect(451, 74, 253, 101), 2f, quads);
        Assert.That(quads, Is.Not.Empty);
        var plate = quads.MinBy(q => Math.Abs(q.Center.X - 560) + Math.Abs(q.Center.Y - 140));
        Assert.That(plate.Center.X, Is.EqualTo(560).Within(10), "boxes are in image pixels, not the region's");

        var lines = new List<PlateLine>();
        recogniser.RecogniseAll(image, [plate], lines);
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(PlateGrammars.Default.Parse(lines[0].Raw, lines[0].Conf).Text, Is.EqualTo("AA1234BB"), lines[0].Raw);
        Assert.That(lines[0].Conf, Has.Length.EqualTo(lines[0].Raw.Length));
        var confidences = new List<float>();
        Assert.That(recogniser.Recognise(image, plate, confidences), Is.EqualTo(lines[0].Raw), "one line alone reads as in a batch");
        Assert.That(confidences, Has.Count.EqualTo(lines[0].Raw.Length));
    }
}
