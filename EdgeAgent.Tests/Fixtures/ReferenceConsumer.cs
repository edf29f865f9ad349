using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EdgeAgent.Tests.Fixtures;

/// <summary>
/// scripts/contract/tail-check.js, the centre's reference consumer, running beside a test on a real broker: started
/// subscribed, stopped with SIGINT, its summary read back per device.
/// </summary>
public sealed partial class ReferenceConsumer : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly List<string> _stderr = [];

    private ReferenceConsumer(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Starts the consumer on <paramref name="broker"/> and returns once it has subscribed.</summary>
    /// <param name="clientId">Keeps a broker session, so what is published while it is away (broker restart) is queued.</param>
    public static async Task<ReferenceConsumer> StartAsync(MosquittoBroker broker, string? clientId = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        var args = new List<string> { "--broker", $"mqtt://127.0.0.1:{broker.Port}", "--quiet" };
        if (clientId is not null) args.AddRange(["--client-id", clientId]);
        var consumer = new ReferenceConsumer(ContractTools.Start("tail-check.js", [.. args]));
        var subscribed = new TaskCompletionSource();
        consumer._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (consumer._stderr) consumer._stderr.Add(e.Data);
            if (e.Data.Contains("subscribed", StringComparison.Ordinal)) subscribed.TrySetResult();
        };
        consumer._process.BeginErrorReadLine();
        try
        {
            await subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            consumer.Dispose();
            Assert.Fail("tail-check.js did not subscribe within 30 s: " + string.Join("\n", consumer._stderr));
        }
        return consumer;
    }

    /// <summary>Ends the consumer as Ctrl-C would and reads its report.</summary>
    public async Task<TailReport> StopAsync()
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }
        var (code, output) = await ContractTools.FinishAsync(_process, _stdout, Task.FromResult(""), TimeSpan.FromSeconds(30));
        var devices = new Dictionary<string, TailDevice>(StringComparer.Ordinal);
        foreach (Match m in DeviceLine().Matches(output))
        {
            var missing = new List<long>();
            if (m.Groups["missing"].Value != "none")
            {
                foreach (var range in m.Groups["missing"].Value.Split(','))
                {
                    var ends = range.Split('-').Select(x => long.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                    for (var s = ends[0]; s <= ends[^1]; s++) missing.Add(s);
                }
            }
            devices[m.Groups["dev"].Value] = new TailDevice(int.Parse(m.Groups["events"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["dup"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["invalid"].Value, CultureInfo.InvariantCulture), missing);
        }
        var total = TotalLine().Match(output);
        Assert.That(total.Success, Is.True, "tail-check.js printed its summary:\n" + output);
        return new TailReport(code, output, int.Parse(total.Groups["messages"].Value, CultureInfo.InvariantCulture),
            int.Parse(total.Groups["invalid"].Value, CultureInfo.InvariantCulture), devices);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [GeneratedRegex(@"^dev (?<dev>\S+): (?<events>\d+) events, (?<dup>\d+) duplicates, (?<invalid>\d+) invalid, missing seq (?<missing>\S+)$", RegexOptions.Multiline)]
    private static partial Regex DeviceLine();

    [GeneratedRegex(@"^(?<messages>\d+) messages, (?<invalid>\d+) invalid$", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}

/// <summary>What tail-check.js reported: its exit code, output, message and invalid totals, and each device's line.</summary>
public sealed record TailReport(int Code, string Output, int Messages, int Invalid, IReadOnlyDictionary<string, TailDevice> Devices);

/// <summary>One device's line: events after dedup on id, duplicates, invalid messages, the seq numbers never seen.</summary>
public sealed record TailDevice(int Events, int Duplicates, int Invalid, IReadOnlyList<long> Missing);
