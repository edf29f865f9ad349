using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using SkiaSharp;

namespace EdgeAgent.Tests.Imaging;

/// <summary>The annotator on a real photograph: colours land on the shapes' pixels and nowhere else.</summary>
public sealed class AnnotatorTests
{
    // messi5.jpg is 548x342: a zone over the lower left, a box around the middle.
    private static readonly (double X, double Y)[] Walkway = [(0.1, 0.5), (0.4, 0.5), (0.45, 0.9), (0.05, 0.9)];
    private static readonly BoxF Box = new(300, 80, 120, 160);

    private static (RgbImage Original, RgbImage Drawn) Draw(bool grid)
    {
        var original = ImageCodec.DecodeFile(TestPaths.Media("messi5.jpg"));
        var drawn = RgbImage.Create(original.Width, original.Height);
        original.Pixels.CopyTo(drawn.Pixels);
        var annotation = new Annotation { Grid = grid };
        annotation.Polygons.Add(new OverlayPolygon("walkway", Walkway, OverlayKind.Zone));
        annotation.Detections.Add(new OverlayBox(Box, "person", 0.87f));
        Annotator.Draw(drawn, annotation);
        return (original, drawn);
    }

    internal static (byte R, byte G, byte B) At(RgbImage image, int x, int y)
    {
        var o = (y * image.Stride) + (x * 3);
        return (image.Data[o], image.Data[o + 1], image.Data[o + 2]);
    }

    internal static bool Near((byte R, byte G, byte B) pixel, SKColor color, int tolerance) =>
        Math.Abs(pixel.R - color.Red) <= tolerance && Math.Abs(pixel.G - color.Green) <= tolerance && Math.Abs(pixel.B - color.Blue) <= tolerance;

    [Test]
    public void Draw_Messi_ZoneColourAtEveryVertexAndBoxColourOnEveryEdge()
    {
        var (original, drawn) = Draw(grid: false);
        foreach (var (vx, vy) in Walkway)
        {
            var x = (int)(vx * drawn.Width);
            var y = (int)(vy * drawn.Height);
            Assert.That(Near(At(drawn, x, y), Annotator.ZoneColor, 10), Is.True, $"zone vertex ({x},{y}) is {At(drawn, x, y)}");
            Assert.That(Near(At(original, x, y), Annotator.ZoneColor, 60), Is.False, "the photograph itself is not zone-yellow there");
        }
        var edges = new[]
        {
            ((int)Box.X, (int)Box.CenterY), ((int)Box.Right, (int)Box.CenterY), ((int)Box.CenterX, (int)Box.Bottom), ((int)Box.CenterX + 20, (int)Box.Y),
        };
        foreach (var (x, y) in edges)
        {
            Assert.That(Near(At(drawn, x, y), Annotator.DetectionColor, 10), Is.True, $"box edge ({x},{y}) is {At(drawn, x, y)}");
        }
    }

    [Test]
    public void Draw_Messi_AwayFromTheShapesThePhotographIsUntouched()
    {
        var (original, drawn) = Draw(grid: false);
        // Well inside the box and well outside both shapes: the box is not filled, and nothing spills.
        foreach (var (x, y) in new[] { ((int)Box.CenterX, (int)Box.CenterY), (500, 30), (520, 320), (10, 30) })
        {
            Assert.That(At(drawn, x, y), Is.EqualTo(At(original, x, y)), $"({x},{y})");
        }
        // Inside the zone the picture shows through a tint: changed, but not painted over.
        var inside = At(drawn, (int)(0.25 * drawn.Width), (int)(0.7 * drawn.Height));
        var before = At(original, (int)(0.25 * drawn.Width), (int)(0.7 * drawn.Height));
        Assert.That(inside, Is.Not.EqualTo(before));
        Assert.That(Near(inside, Annotator.ZoneColor, 30), Is.False, "the fill is translucent");
    }

    [Test]
    public void Draw_Messi_GridLinesEveryTenthAreVisible()
    {
        var (original, drawn) = Draw(grid: true);
        // The 0.8 column, below the caption band at the top and clear of the box (300..420 px).
        var x = (int)(0.8 * drawn.Width);
        var changed = 0;
        for (var y = 40; y < 300; y++)
        {
            var (r0, g0, b0) = At(original, x, y);
            var (r1, g1, b1) = At(drawn, x, y);
            if (r1 + g1 + b1 > r0 + g0 + b0) changed++;
        }
        Assert.That(changed, Is.GreaterThan(200), "the grid line lightens the whole column");
        Assert.That(At(drawn, x + 15, 200), Is.EqualTo(At(original, x + 15, 200)), "between grid lines the picture is untouched");
    }

    [Test]
    public void Jpeg_Messi_DecodesAtTheFrameSize()
    {
        var (original, _) = Draw(grid: false);
        var jpeg = Annotator.Jpeg(original, new Annotation());
        var back = ImageCodec.Decode(jpeg, "annotated");
        Assert.That((back.Width, back.Height), Is.EqualTo((548, 342)));
    }
}
