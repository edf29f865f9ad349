using EdgeAgent.Crowds;

namespace EdgeAgent.Tests.Crowds;

public class DensityCalibrationTests
{
    [Test]
    public void Estimate_NotCalibrated_AnswersTracked()
    {
        var c = new DensityCalibration();
        c.Learn(30, 3, calibrateBelow: 4);
        Assert.That(c.Calibrated, Is.False);
        Assert.That(c.Estimate(500, 3), Is.EqualTo(3f));
    }

    [Test]
    public void Estimate_LearntFromSparseFrames_CountsTheDenseCrowd()
    {
        var c = new DensityCalibration();
        for (var i = 0; i < 50; i++) c.Learn(10f * ((i % 4) + 1) * (i % 2 == 0 ? 1.1f : 0.9f), (i % 4) + 1, calibrateBelow: 4);
        Assert.That(c.PerPerson, Is.EqualTo(10).Within(1));
        // 25 people whose boxes merged into 9 tracks.
        Assert.That(c.Estimate(250, 9), Is.EqualTo(25).Within(3));
    }

    [Test]
    public void Learn_MoreTrackedThanCalibrateBelow_Ignored()
    {
        var c = new DensityCalibration();
        for (var i = 0; i < 50; i++) c.Learn(10, 20, calibrateBelow: 4); // merged boxes undercount: their ratio is wrong
        Assert.That(c.Calibrated, Is.False);
    }

    [Test]
    public void Estimate_SignalMissesStillPeople_NeverBelowTracked()
    {
        var c = new DensityCalibration();
        for (var i = 0; i < 20; i++) c.Learn(20, 2, calibrateBelow: 4);
        Assert.That(c.Estimate(0, 7), Is.EqualTo(7f));
    }
}
