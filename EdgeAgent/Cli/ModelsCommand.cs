using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EdgeAgent.Configuration;
using EdgeAgent.Models;

namespace EdgeAgent.Cli;

/// <summary><c>edgeagent models list|verify</c> (and the hidden <c>bench</c>): the manifest's models and the state of their files.</summary>
public static class ModelsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create() =>
        new("models", "Inspect and verify the models named by the manifest") { CreateList(), CreateVerify(), CreateBench() };

    /// <summary>The configuration when a config file is present, else the defaults (model commands work on a bare checkout).</summary>
    internal static AgentOptions? OptionsOrDefaults(ParseResult parse, TextWriter error)
    {
        var path = CommonOptions.ResolveConfigPath(parse);
        if (!File.Exists(path) && parse.GetValue(CommonOptions.Config) is null && Environment.GetEnvironmentVariable(CommonOptions.ConfigVariable) is null)
        {
            return new AgentOptions();
        }
        return CommonOptions.LoadConfig(parse, error);
    }

    /// <summary>Opens the registry, printing why when the manifest cannot be read.</summary>
    internal static ModelRegistry? OpenRegistry(AgentOptions options, TextWriter error, int? intraOpThreads = null)
    {
        var (dir, manifestPath) = ModelRegistry.ResolvePaths(options);
        try
        {
            var manifest = ModelManifest.LoadFile(manifestPath);
            return new ModelRegistry(manifest, dir, new ModelRuntimeSettings(intraOpThreads ?? options.Models.IntraOpThreads));
        }
        catch (ConfigException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary>Runs <paramref name="action"/> with the configuration and its model registry; a config or manifest that cannot be read exits 3.</summary>
    internal static int WithRegistry(ParseResult parse, Func<AgentOptions, ModelRegistry, int> action)
    {
        var error = parse.InvocationConfiguration.Error;
        var options = OptionsOrDefaults(parse, error);
        if (options is null) return ExitCodes.Config;
        using var registry = OpenRegistry(options, error);
        if (registry is null) return ExitCodes.Config;
        return action(options, registry);
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the models: id, version, sha256 ok/bad, size, input");
        command.SetAction(parse => WithRegistry(parse, (_, registry) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var statuses = registry.VerifyAll();
            output.WriteLine($"{"ID",-22} {"VERSION",-8} {"SHA256",-9} {"SIZE",10}  {"DECODER",-10} INPUT");
            foreach (var s in statuses)
            {
                var entry = registry.Manifest.Find(s.Id);
                var input = entry is null ? "-" : $"{entry.Input.Name} {FloatTensor.Describe(entry.Input.Shape)} {entry.Input.Layout.ToString().ToLowerInvariant()}";
                var size = s.Size >= 0 ? (s.Size / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : "-";
                output.WriteLine($"{s.Id,-22} {entry?.Version ?? "-",-8} {Word(s.State),-9} {size,10}  {entry?.Decoder ?? "-",-10} {input}");
            }
            output.WriteLine($"model folder: {registry.ModelDir}; manifest: {registry.Manifest.Source}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateVerify()
    {
        var command = new Command("verify", "Check every model file's sha256 against the manifest; exits 4 naming each bad file");
        command.SetAction(parse => WithRegistry(parse, (_, registry) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var bad = 0;
            foreach (var s in registry.VerifyAll())
            {
                if (s.IsGood)
                {
                    output.WriteLine($"ok   {s.Id} ({s.FilePath})");
                }
                else
                {
                    bad++;
                    error.WriteLine($"BAD  {s}");
                }
            }
            if (bad > 0) error.WriteLine($"{bad} model(s) failed verification");
            return bad > 0 ? ExitCodes.Verification : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateBench()
    {
        var ids = new Argument<string[]>("ids") { Description = "Model ids (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var runs = new Option<int>("--runs") { Description = "Timed runs per setting", DefaultValueFactory = _ => 20 }.Positive();
        var threads = new Option<int[]>("--threads") { Description = "Intra-op thread counts to try", DefaultValueFactory = _ => [1, 2], AllowMultipleArgumentsPerToken = true };
        var command = new Command("bench", "Median inference time per model and intra-op thread count (development aid)") { ids, runs, threads };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = OptionsOrDefaults(parse, error);
            if (options is null) return ExitCodes.Config;
            var failed = false;
            foreach (var t in parse.GetValue(threads)!)
            {
                using var registry = OpenRegistry(options, error, t);
                if (registry is null) return ExitCodes.Config;
                var wanted = parse.GetValue(ids) is { Length: > 0 } list ? list : registry.Manifest.Models.Select(m => m.Id).ToArray();
                foreach (var id in wanted)
                {
                    if (!registry.TryGet(id, out var model))
                    {
                        error.WriteLine(registry.Status(id));
                        failed = true;
                        continue;
                    }
                    var shape = BenchShape(model);
                    using var runner = model.CreateRunner(shape);
                    var median = MedianMs(runner, parse.GetValue(runs));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id,-22} {FloatTensor.Describe(shape),-20} threads={t}  median {median,7:0.00} ms"));
                }
            }
            return failed ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A concrete input shape: batch 1, dynamic sizes from the decoder's own options (text lines 48×min_width) or 640.</summary>
    internal static long[] BenchShape(LoadedModel model)
    {
        var shape = (long[])model.InputShape.Clone();
        var nhwc = model.Entry.Input.Layout == TensorLayout.Nhwc;
        int hi = nhwc ? 1 : 2, wi = nhwc ? 2 : 3;
        if (shape[0] < 0) shape[0] = 1;
        if (shape[hi] < 0) shape[hi] = (long)model.Entry.Option("height", 640);
        if (shape[wi] < 0) shape[wi] = (long)model.Entry.Option("min_width", 640);
        return shape;
    }

    private static double MedianMs(ModelRunner runner, int runs)
    {
        var times = new double[Math.Max(1, runs)];
        using var lease = runner.Acquire();
        lease.Input.Data.AsSpan().Fill(0.5f);
        lease.Run();
        for (var i = 0; i < times.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            lease.Run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }

    private static string Word(ModelState state) => state switch
    {
        ModelState.Verified or ModelState.Loaded => "ok",
        ModelState.Missing => "missing",
        ModelState.Unpinned => "unpinned",
        ModelState.HashMismatch => "BAD",
        ModelState.InvalidEntry => "invalid",
        _ => state.ToString().ToLowerInvariant(),
    };
}
