using EdgeAgent.Tests.Fixtures;

namespace EdgeAgent.Tests.Models;

public class ModelRunnerTests
{
    [Test]
    public void Run_BoundTensors_RepeatsExactlyAndAllocatesNothingManaged()
    {
        var model = ModelFixture.Registry.Get("blazeface-back-256");
        var runner = model.Runner;
        float[] first;
        long allocated;
        using (var lease = runner.Acquire())
        {
            var input = lease.Input.Data;
            for (var i = 0; i < input.Length; i++) input[i] = (i % 255) / 127.5f - 1;
            lease.Run();
            first = (float[])lease.Outputs[0].Data.Clone();
            lease.Run();
            var before = GC.GetAllocatedBytesForCurrentThread();
            lease.Run();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.That(lease.Outputs[0].Data, Is.EqualTo(first));
        }

        Assert.That(runner.Outputs.Select(o => o.Shape), Is.EqualTo(new[] { new long[] { 1, 512, 1 }, new long[] { 1, 384, 1 }, new long[] { 1, 512, 16 }, new long[] { 1, 384, 16 } }));
        Assert.That(allocated, Is.Zero, "a bound run should not allocate managed memory");
    }

    [Test]
    public void CreateRunner_DynamicModel_DiscoversOutputShapeForTheGivenInput()
    {
        var model = ModelFixture.Registry.Get("ppocr-det-v4");

        using var runner = model.CreateRunner([1, 3, 96, 160]);

        Assert.That(runner.Outputs[0].Shape, Is.EqualTo(new long[] { 1, 1, 96, 160 }));
    }
}
