using System.Globalization;
using EdgeAgent.Imaging;
using EdgeAgent.Plates;
using EdgeAgent.Tests.Fixtures;
using SkiaSharp;

namespace EdgeAgent.Tests.Plates;

public sealed class PlateReaderTests
{
    private PlateReader _reader = null!;

    [OneTimeSetUp]
    public void Load() => _reader = PlateReader.FromRegistry(ModelFixture.Registry, PlateGrammars.Default);

    [OneTimeTearDown]
    public void Unload() => _reader.Dispose();

    /// <summary>Draws a white plate with a black border and <paramref name="text"/> onto a real photo, rotated about its centre.</summary>
    internal static RgbImage RenderPlate(string photo, string text, float cx, float cy, float plateWidth, float degrees, string font = "DejaVu Sans", float blur = 0)
    {
        using var bitmap = SKBitmap.Decode(TestPaths.Media(photo));
        using var surface = SKSurface.Create(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var canvas = surface.Canvas;
        canvas.DrawBitmap(bitmap, 0, 0);
        var plateHeight = plateWidth * 112 / 520;
        canvas.Save();
        canvas.RotateDegrees(degrees, cx, cy);
        var rect = SKRect.Create(cx - plateWidth / 2, cy - plateHeight / 2, plateWidth, plateHeight);
        using (var fill = new SKPaint { Color = SKColors.White, IsAntialias = true })
        using (var border = new SKPaint { Color = SKColors.Black, IsStroke = true, StrokeWidth = Math.Max(2, plateHeight / 16), IsAntialias = true })
        {
            canvas.DrawRoundRect(rect, plateHeight / 10, plateHeight / 10, fill);
            canvas.DrawRoundRect(rect, plateHeight / 10, plateHeight / 10, border);
        }
        using var typeface = SKTypeface.FromFamilyName(font, SKFontStyle.Bold) ?? SKTypeface.Default;
        using var skFont = new SKFont(typeface, plateHeight * 0.72f);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        if (blur > 0) ink.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, blur);
        var width = skFont.MeasureText(text);
        if (width > plateWidth * 0.9f)
        {
            skFont.ScaleX = plateWidth * 0.9f / width;
            width = plateWidth * 0.9f;
        }
        canvas.DrawText(text, cx - width / 2, cy + plateHeight * 0.26f, SKTextAlign.Left, skFont, ink);
        canvas.Restore();
        using var snapshot = surface.Snapshot();
        using var pixels = snapshot.PeekPixels();
        return FromRgba(pixels.GetPixelSpan(), bitmap.Width, bitmap.Height);
    }

    internal static RgbImage FromRgba(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var image = RgbImage.Create(width, height);
        var dst = image.Pixels;
        for (int i = 0, j = 0; j < dst.Length; i += 4, j += 3)
        {
            dst[j] = rgba[i];
            dst[j + 1] = rgba[i + 1];
            dst[j + 2] = rgba[i + 2];
        }
        return image;
    }

    [Test]
    public void Read_PlateRenderedOnDogPhotoCar_ReadsItExactly()
    {
        // dog.jpg (768x576) has a car at the top right; the plate goes on its body.
        var image = RenderPlate("dog.jpg", "AA1234BB", 560, 140, 150, 0);
        var reads = _reader.Read(image);
        Assert.That(reads, Is.Not.Empty);
        var best = reads[0];
        Assert.That(best.Read.Text, Is.EqualTo("AA1234BB"), string.Join("; ", reads.Select(r => r.Read)));
        Assert.That(best.Read.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(best.Quad.Center.X, Is.EqualTo(560).Within(10));
        Assert.That(best.Quad.Center.Y, Is.EqualTo(140).Within(10));
    }

    [Test]
    public void ReadCrop_CarBoxOfDogPhoto_ReadsThePlateInImagePixels()
    {
        var image = RenderPlate("dog.jpg", "AA1234BB", 560, 140, 150, 0);
        // The detector's car box (472, 82, 211, 84) widened by 10% on each side, as the plate stage does.
        var reads = _reader.ReadCrop(image, new PixelRect(451, 74, 253, 101));
        Assert.That(reads, Is.Not.Empty);
        Assert.That(reads[0].Read.Text, Is.EqualTo("AA1234BB"), string.Join("; ", reads.Select(r => r.Read)));
        Assert.That(reads[0].Quad.Center.X, Is.EqualTo(560).Within(10));
        Assert.That(reads[0].Quad.Center.Y, Is.EqualTo(140).Within(10));
    }

    [TestCase("KA7777XK", -12f, "DejaVu Sans", 0f)]
    [TestCase("BC0578CE", 8f, "DejaVu Sans Mono", 0.8f)]
    [TestCase("AI1382HB", 15f, "DejaVu Serif", 0f)]
    public void Read_RotatedBlurredFonts_ReadsExactly(string text, float degrees, string font, float blur)
    {
        var image = RenderPlate("horses.jpg", text, 300, 250, 200, degrees, font, blur);
        var reads = _reader.Read(image);
        Assert.That(reads.Select(r => r.Read.Text), Does.Contain(text), string.Join("; ", reads.Select(r => r.Read)));
    }

    [Test]
    public void Read_PhotoWithoutPlates_NoReadFitsAUkrainianGrammar()
    {
        var reads = _reader.Read(ImageCodec.DecodeFile(TestPaths.Media("giraffe.jpg")));
        Assert.That(reads.Where(r => r.Read.Grammar.StartsWith("ua_", StringComparison.Ordinal)), Is.Empty);
    }

    private static PlateCandidate Candidate(string raw, float x, float y, float w, float h)
    {
        var read = PlateGrammars.Default.Parse(raw);
        return new PlateCandidate(read, new TextQuad(new(x, y), new(x + w, y), new(x + w, y + h), new(x, y + h), 0.9f));
    }

    [Test]
    public void BestPerPlace_SpecificFormatAtSamePlace_BeatsMoreConfidentGenericRead()
    {
        var generic = Candidate("DPOOOOSS16", 100, 100, 300, 60);
        var specific = Candidate("DPOOOOSS", 100, 100, 260, 60);
        var elsewhere = Candidate("WESTAUTOHUB", 500, 100, 100, 20);
        Assert.That(generic.Read.Confidence, Is.GreaterThan(specific.Read.Confidence));
        var kept = PlateReader.BestPerPlace([generic, specific, elsewhere]);
        Assert.That(kept.Select(k => k.Read.Text), Is.EqualTo(new[] { "DP0000SS", "WESTAUTOHUB" }));
    }

    [Test]
    public void LineWidth_ForeshortenedQuad_StretchedToTheMinimumReadAspect()
    {
        var narrow = new TextQuad(new(0, 0), new(70, 0), new(70, 48), new(0, 48), 1);
        var wide = new TextQuad(new(0, 0), new(200, 0), new(200, 48), new(0, 48), 1);
        Assert.That(PlateLineRecogniser.LineWidth(narrow), Is.EqualTo((int)(PlateLineRecogniser.MinReadAspect * PlateLineRecogniser.RecHeight)));
        Assert.That(PlateLineRecogniser.LineWidth(wide), Is.EqualTo(200));
    }

    [Test]
    public void Decode_CorruptImage_ThrowsNamingTheFile()
    {
        var dir = TestPaths.TempDir();
        var path = Path.Combine(dir, "broken.jpg");
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0x00, 1, 2, 3]);
        var ex = Assert.Throws<InvalidDataException>(() => ImageCodec.DecodeFile(path));
        Assert.That(ex!.Message, Does.Contain(path));
        Directory.Delete(dir, true);
    }

    // Counted as the issue and `plates eval` count (labelled plate among the reads detect prints, one per place). Floors
    // sit just under what this reader measured on the registry (parking 47/47, one-line 23/24, two-line 4/12): a regression fails.
    [TestCase("plates/parking_ua", null, 0.97)]
    [TestCase("plates/nomeroff_ua", "one_line", 0.95)]
    [TestCase("plates/nomeroff_ua", "two_line", 0.3)]
    public void Read_SharedDataset_ExactMatchRateAtLeastFloor(string set, string? layout, double floor)
    {
        var dir = TestPaths.Dataset(set);
        var result = PlateEvaluation.Run(_reader, PlateEvaluation.LoadSet(dir, layout), ImageLimits.Default);
        TestContext.Out.WriteLine(result.Summary($"{set} {layout}"));
        foreach (var m in result.Misses) TestContext.Out.WriteLine("  miss " + m);
        Assert.That(result.Images, Is.GreaterThan(0));
        Assert.That(result.Exact, Is.GreaterThanOrEqualTo(floor));
    }
}
