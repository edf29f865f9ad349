using EdgeAgent.Imaging;

namespace EdgeAgent.Tests.Imaging;

public sealed class ComponentLabelerTests
{
    private static byte[] Mask(params string[] rows) =>
        rows.SelectMany(r => r.Select(c => c == '#' ? (byte)1 : (byte)0)).ToArray();

    [Test]
    public void Label_DiagonalTouchJoinsAndGapsSeparate()
    {
        var mask = Mask(
            "##....#",
            "..#...#",
            "...#...",
            ".......",
            "#.....#");
        var labeler = new ComponentLabeler(16);
        var count = labeler.Label(mask, 7, 5);
        Assert.That(count, Is.EqualTo(4), "the diagonal staircase is one area; the right column, and two corners");
        var labels = labeler.Labels.ToArray();
        Assert.That(labels[0], Is.EqualTo(labels[(2 * 7) + 3]), "8-connected through the diagonal");
        Assert.That(labels[6], Is.Not.EqualTo(labels[0]));
        Assert.That(labels[(4 * 7) + 0], Is.Not.EqualTo(labels[(4 * 7) + 6]));
        Assert.That(labels.Count(l => l == 0), Is.EqualTo(mask.Count(b => b == 0)));
    }

    [Test]
    public void Label_UShape_MergesBranchesFoundSeparately()
    {
        var mask = Mask(
            "#...#",
            "#...#",
            "#####");
        var labeler = new ComponentLabeler(16);
        Assert.That(labeler.Label(mask, 5, 3), Is.EqualTo(1));
        Assert.That(labeler.Labels.ToArray().Where(l => l != 0), Is.All.EqualTo(1));
    }

    [Test]
    public void Label_MoreThanMax_KeepsTheFirstAndLeavesTheRestUnlabelled()
    {
        var mask = Mask("#.#.#.#");
        var labeler = new ComponentLabeler(2);
        Assert.That(labeler.Label(mask, 7, 1), Is.EqualTo(2));
        Assert.That(labeler.Labels.ToArray(), Is.EqualTo(new[] { 1, 0, 2, 0, 0, 0, 0 }));
    }
}
