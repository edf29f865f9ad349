using EdgeAgent.Configuration;
using EdgeAgent.Detection;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Detection;

using Detection = global::EdgeAgent.Detection.Detection;

public class FrameDetectionTests
{
    [Test]
    public void Tiles_FullHd_ThreeSquaresOfTheShortSideOverlappingAQuarterOrMore()
    {
        var tiles = new List<PixelRect>();

        FrameDetection.Tiles(1920, 1080, tiles);

        Assert.That(tiles, Is.EqualTo(new[] { new PixelRect(0, 0, 1080, 1080), new PixelRect(420, 0, 1080, 1080), new PixelRect(840, 0, 1080, 1080) }));
        Assert.That(tiles[0].Right - tiles[1].X, Is.GreaterThanOrEqualTo(1080 * FrameDetection.MinTileOverlap));
    }

    [TestCase(768, 576, 2)]
    [TestCase(576, 768, 2)]
    [TestCase(640, 640, 0)]
    public void Tiles_Shapes_CoverTheFrameAtNativeAspect(int width, int height, int count)
    {
        var tiles = new List<PixelRect>();

        FrameDetection.Tiles(width, height, tiles);

        Assert.That(tiles, Has.Count.EqualTo(count));
        Assert.That(tiles.All(t => t.W == t.H && t.IsInside(width, height)), Is.True, string.Join(", ", tiles));
        if (count > 0) Assert.That(tiles[^1].Right == width && tiles[^1].Bottom == height, Is.True, "the last tile reaches the far edge");
    }

    [Test]
    public void Run_TilesOnDogJpg_EachObjectOnceAndNothingLost()
    {
        var image = ImageCodec.DecodeFile(TestPaths.Media("dog.jpg"));
        var whole = new List<Detection>();
        var tiled = new List<Detection>();

        new FrameDetection(ModelFixture.CenterNet, new DetectOptions()).Run(image, whole, null);
        new FrameDetection(ModelFixture.CenterNet, new DetectOptions { Tiles = true }).Run(image, tiled, null);

        var dump = string.Join("; ", tiled.Select(d => $"{d.Label} {d.Score:0.00} {d.Box}"));
        // The dog spans the border between the two 576² tiles: cut in one, whole in the other and in the frame pass.
        var dogs = tiled.Where(d => d.Label == "dog" && d.Box.IoU(new BoxF(123, 225, 198, 319)) >= 0.3f).ToList();
        Assert.That(dogs, Has.Count.EqualTo(1), dump);
        foreach (var d in whole.Where(d => d.Score >= 0.35f))
        {
            Assert.That(tiled.Any(t => t.Label == d.Label && t.Box.IoU(d.Box) >= 0.5f), Is.True, $"{d.Label} {d.Box} of the whole-frame pass is kept: {dump}");
        }
        for (var i = 0; i < tiled.Count; i++)
        {
            for (var j = i + 1; j < tiled.Count; j++)
            {
                Assert.That(tiled[i].Label == tiled[j].Label && tiled[i].Box.IoU(tiled[j].Box) >= 0.5f, Is.False, "doubled: " + dump);
            }
        }
    }
}
