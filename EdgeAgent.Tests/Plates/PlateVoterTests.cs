using EdgeAgent.Plates;

namespace EdgeAgent.Tests.Plates;

public sealed class PlateVoterTests
{
    private static readonly PlateGrammars Grammars = PlateGrammars.Default;

    private static PlateRead Read(string raw, float conf) => Grammars.Parse(raw, Enumerable.Repeat(conf, raw.Length).ToArray());

    private static PlateRead Read(string raw, params float[] conf) => Grammars.Parse(raw, conf);

    [Test]
    public void TryComplete_NoisySequence_VotesTheTruePlate()
    {
        var voter = new PlateVoter(Grammars);
        // A car approaching: early reads blurred and wrong in different places, later ones clean.
        voter.Add(7, Read("AA1284BB", 0.6f));
        voter.Add(7, Read("HA1234BB", 0.55f));
        voter.Add(7, Read("AA1234B", 0.5f));
        voter.Add(7, Read("AA1234BE", 0.7f));
        voter.Add(7, Read("AA1234BB", 0.8f));
        voter.Add(7, Read("AA7234BB", 0.65f));
        voter.Add(7, Read("AA1234BB", 0.9f));
        Assert.That(voter.TryComplete(7, out var vote), Is.True);
        Assert.That(vote.Text, Is.EqualTo("AA1234BB"));
        Assert.That(vote.Grammar, Is.EqualTo("ua_2004"));
        Assert.That(vote.Reads, Is.EqualTo(7));
        Assert.That(vote.Agreeing, Is.EqualTo(2));
        Assert.That(vote.Best.Confidence, Is.EqualTo(0.9f).Within(1e-5));
        Assert.That(voter.TrackCount, Is.Zero);
    }

    [Test]
    public void TryGetVote_NoReadIsRightOnItsOwn_CharacterVoteRecoversThePlate()
    {
        var voter = new PlateVoter(Grammars);
        voter.Add(1, Read("AA1234BX", 0.8f));
        voter.Add(1, Read("AA1734BB", 0.8f));
        voter.Add(1, Read("AK1234BB", 0.8f));
        Assert.That(voter.TryGetVote(1, out var vote), Is.True);
        Assert.That(vote.Text, Is.EqualTo("AA1234BB"));
        Assert.That(vote.Agreeing, Is.Zero);
        Assert.That(vote.Confidence, Is.LessThan(0.8f));
        Assert.That(vote.Confidence, Is.GreaterThan(0.4f));
    }

    [Test]
    public void TryGetVote_LowConfidenceCharacter_LosesToConfidentOnes()
    {
        var voter = new PlateVoter(Grammars);
        // Two reads say 3 at position 3 but are unsure of it; one read is sure of 8.
        voter.Add(1, Read("AA1234BB", 0.9f, 0.9f, 0.9f, 0.9f, 0.1f, 0.9f, 0.9f, 0.9f));
        voter.Add(1, Read("AA1234BB", 0.9f, 0.9f, 0.9f, 0.9f, 0.1f, 0.9f, 0.9f, 0.9f));
        voter.Add(1, Read("AA1284BB", 0.9f));
        Assert.That(voter.TryGetVote(1, out var vote), Is.True);
        Assert.That(vote.Text, Is.EqualTo("AA1284BB"));
    }

    [Test]
    public void TryGetVote_DifferentLengths_WholeStringsVoteOnLength()
    {
        var voter = new PlateVoter(Grammars);
        voter.Add(3, Read("10922BX", 0.7f));
        voter.Add(3, Read("10922BX", 0.7f));
        voter.Add(3, Read("0922BX", 0.9f));
        Assert.That(voter.TryGetVote(3, out var vote), Is.True);
        Assert.That(vote.Text, Is.EqualTo("10922BX"));
        Assert.That(vote.Grammar, Is.EqualTo("ua_1995"));
    }

    [Test]
    public void TryGetVote_UnanimousReads_MoreConfidentThanSplitOnes()
    {
        var unanimous = new PlateVoter(Grammars);
        var split = new PlateVoter(Grammars);
        foreach (var t in new[] { "KA7777XK", "KA7777XK", "KA7777XK", "KA7777XK" }) unanimous.Add(1, Read(t, 0.8f));
        foreach (var t in new[] { "KA7777XK", "KA7771XK", "KA7777XK", "KA1777XK" }) split.Add(1, Read(t, 0.8f));
        unanimous.TryGetVote(1, out var u);
        split.TryGetVote(1, out var s);
        Assert.That(u.Text, Is.EqualTo(s.Text));
        Assert.That(u.Confidence, Is.EqualTo(0.8f).Within(1e-4));
        Assert.That(s.Confidence, Is.LessThan(u.Confidence));
    }

    [Test]
    public void TryGetVote_OnlyGarbage_StaysLowConfidence()
    {
        var voter = new PlateVoter(Grammars);
        voter.Add(1, Read("HELLO", 0.99f));
        voter.Add(1, Read("HELLO", 0.99f));
        Assert.That(voter.TryGetVote(1, out var vote), Is.True);
        Assert.That(vote.Grammar, Is.EqualTo(PlateRead.NoGrammar));
        Assert.That(vote.Confidence, Is.LessThanOrEqualTo(PlateGrammars.NoGrammarFactor));
    }

    [Test]
    public void Add_TracksAreSeparateAndBounded()
    {
        var voter = new PlateVoter(Grammars, maxReadsPerTrack: 3);
        voter.Add(1, Read("AA1234BB", 0.9f));
        voter.Add(2, Read("KA7777XK", 0.9f));
        for (var i = 0; i < 5; i++) voter.Add(1, Read("AA0000BB", 0.3f));
        voter.Add(1, Read("AA1234BB", 0.9f));
        voter.Add(1, Read("", 0.9f));
        Assert.That(voter.TryGetVote(1, out var one), Is.True);
        Assert.That(one.Reads, Is.EqualTo(3));
        Assert.That(one.Text, Is.EqualTo("AA1234BB"));
        Assert.That(voter.TryGetVote(2, out var two), Is.True);
        Assert.That(two.Text, Is.EqualTo("KA7777XK"));
        Assert.That(voter.TryGetVote(3, out _), Is.False);
        voter.Forget(1);
        Assert.That(voter.TrackCount, Is.EqualTo(1));
    }
}
