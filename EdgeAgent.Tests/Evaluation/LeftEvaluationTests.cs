using EdgeAgent.Evaluation;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Evaluation;

/// <summary>Scoring of left-object alarms against annotated windows, on TSV files written the way ../shared lays them out.</summary>
public class LeftEvaluationTests
{
    private const string Header = "#video\tframe_start\tframe_end\tevent\tx,y,w,h\tsource\n";

    private static string Write(string text)
    {
        var file = Path.Combine(TestPaths.TempDir(), "events.tsv");
        File.WriteAllText(file, Header + text);
        return file;
    }

    private static LeftObjectEvent Start(long frame, BoxF box) => new() { Camera = "cam", CaptureTime = DateTimeOffset.UnixEpoch, Phase = "start", Frame = frame, Box = box };

    [Test]
    public void Add_StartsBeforeInsideAndBesideTheWindow_OneHitTheRestFalse()
    {
        var file = Write("clip.avi\t300\t390\tbag_put_down\t451,366,54,49\tours\nclip.avi\t580\t1168\tbag_unattended\t451,366,54,49\tours\nother.avi\t0\t10\tunattended\t1,1,5,5\tx\n");
        var windows = LeftEvaluation.Load(file, "/somewhere/clip.avi");
        Assert.That(windows, Has.Count.EqualTo(1), "only this clip's unattended rows are windows");
        var evaluation = new LeftEvaluation(windows, 30);
        var bag = new BoxF(450, 370, 60, 47);
        evaluation.Add(Start(500, bag));
        evaluation.Add(Start(880, bag));
        evaluation.Add(Start(900, bag));
        evaluation.Add(Start(900, new BoxF(10, 10, 40, 40)));
        Assert.That((evaluation.Hits, evaluation.Misses, evaluation.FalseAlarms), Is.EqualTo((1, 0, 3)));
        Assert.That(evaluation.Delays.Single(), Is.EqualTo(10).Within(1e-9), "300 frames at 30 fps after the owner left");
        Assert.That(evaluation.Text(), Does.Contain("before its owner left").And.Contain("a second alarm"));
    }

    [Test]
    public void Load_BadBox_NamesFileAndLine()
    {
        var file = Write("clip.avi\t580\t1168\tbag_unattended\t451,366,0,49\tours\n");
        var ex = Assert.Throws<InvalidDataException>(() => LeftEvaluation.Load(file, "clip.avi"));
        Assert.That(ex!.Message, Does.Contain(file + ":2").And.Contain("box"));
    }
}
