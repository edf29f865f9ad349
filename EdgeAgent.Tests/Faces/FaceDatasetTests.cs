using System.Globalization;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Faces;

[Category("Dataset")]
public sealed class FaceDatasetTests
{
    private static (List<string> Ids, List<float[]> Descriptors, int Missed) DescribeFolder(string root, FaceAnalyzer analyzer)
    {
        var ids = new List<string>();
        var descriptors = new List<float[]>();
        var missed = 0;
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                var image = ImageCodec.DecodeFile(file);
                var face = FaceAnalyzer.Largest(analyzer.Detect(image));
                if (face is null)
                {
                    missed++;
                    continue;
                }
                ids.Add(Path.GetFileName(dir));
                descriptors.Add(analyzer.Describe(image, face.Value));
            }
        }
        return (ids, descriptors, missed);
    }

    [TestCase(FaceCropMode.Square)]
    [TestCase(FaceCropMode.Similarity)]
    public void Johns_AllPairs_EerAtMost2PercentAndTar97AtFar1(FaceCropMode mode)
    {
        var root = TestPaths.Dataset("faces/identity_dlib_johns");
        var (ids, descriptors, missed) = DescribeFolder(root, FaceModels.Analyzer(mode));
        var c = FaceCalibration.Compute(ids, descriptors);
        var t = c.ThresholdAt(0.01);
        var tar = c.TrueMatchRate(t);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode}: {descriptors.Count} faces ({missed} photos without one), {c.Genuine.Length} genuine / {c.Impostor.Length} impostor pairs, EER {c.Eer:P2} at {c.EerThreshold:0.000}, TAR {tar:P2} at FAR {c.FalseMatchRate(t):P2} (threshold {t:0.000})"));
        Assert.That(missed, Is.Zero);
        Assert.That(c.Eer, Is.LessThanOrEqualTo(0.02));
        Assert.That(tar, Is.GreaterThanOrEqualTo(0.97));
    }

    [Test]
    public void Johns_KeypointsInSquareCrop_MeanLayout()
    {
        // Where BlazeFace's eyes, nose and mouth fall in the 1.3x square crop on average: the similarity template.
        var root = TestPaths.Dataset("faces/identity_dlib_johns");
        var aligner = new FaceAligner(FaceCropMode.Square);
        var sum = new double[8];
        var n = 0;
        foreach (var file in Directory.GetDirectories(root).SelectMany(Directory.GetFiles))
        {
            var face = FaceAnalyzer.Largest(FaceModels.Detector.Detect(ImageCodec.DecodeFile(file)));
            if (face is null) continue;
            var map = aligner.Transform(face.Value);
            for (var k = 0; k < 4; k++)
            {
                var (x, y) = map.Apply(face.Value.Landmarks[k].X, face.Value.Landmarks[k].Y);
                sum[2 * k] += x;
                sum[2 * k + 1] += y;
            }
            n++;
        }
        var mean = sum.Select(s => s / n).ToArray();
        TestContext.Out.WriteLine(string.Join(", ", mean.Select(m => m.ToString("0.0", CultureInfo.InvariantCulture))));
        // The template is the mean made symmetric, so x is compared after centring on the eyes' midpoint.
        var shift = 112 - (mean[0] + mean[2]) / 2;
        for (var k = 0; k < 4; k++)
        {
            Assert.That(mean[2 * k] + shift, Is.EqualTo(FaceAligner.Template224[k].X).Within(8), $"keypoint {k} x");
            Assert.That(mean[2 * k + 1], Is.EqualTo(FaceAligner.Template224[k].Y).Within(4), $"keypoint {k} y");
        }
    }
}

[Category("Dataset")]
public sealed class FaceIdentificationDatasetTests
{
    [Test]
    public void Knn_EveryProbePerson_FoundAtRank1()
    {
        var root = TestPaths.Dataset("faces/identity_face_recognition_knn");
        var analyzer = FaceModels.Analyzer(FaceCropMode.Similarity);
        var gallery = new List<(string Id, float[] D)>();
        foreach (var line in File.ReadAllLines(Path.Combine(root, "gallery.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0))
        {
            var parts = line.Split('\t');
            var image = ImageCodec.DecodeFile(Path.Combine(root, parts[0]));
            var face = FaceAnalyzer.Largest(analyzer.Detect(image));
            Assert.That(face, Is.Not.Null, parts[0]);
            gallery.Add((parts[1], analyzer.Describe(image, face!.Value)));
        }
        int people = 0, found = 0;
        foreach (var line in File.ReadAllLines(Path.Combine(root, "probes.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0))
        {
            var parts = line.Split('\t');
            var image = ImageCodec.DecodeFile(Path.Combine(root, parts[0]));
            var rank1 = new HashSet<string>();
            foreach (var f in analyzer.Detect(image))
            {
                var d = analyzer.Describe(image, f);
                rank1.Add(gallery.MaxBy(g => FaceMath.Cosine(d, g.D)).Id);
            }
            foreach (var person in parts[1].Split(','))
            {
                people++;
                if (rank1.Contains(person.Trim())) found++;
                else TestContext.Out.WriteLine($"{parts[0]}: {person} not at rank 1 (rank-1 ids: {string.Join(", ", rank1)})");
            }
        }
        TestContext.Out.WriteLine($"rank-1: {found} of {people} probe people");
        Assert.That(found, Is.EqualTo(people));
    }
}
