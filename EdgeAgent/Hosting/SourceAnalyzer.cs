using System.Threading.Channels;
using EdgeAgent.Capture;
using EdgeAgent.Configuration;
using EdgeAgent.Events;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;
using Microsoft.Extensions.Logging;

namespace EdgeAgent.Hosting;

/// <summary>
/// Runs one source (a video file or a stream URL) through exactly the pipeline a camera has, outside the agent, and
/// hands each event to a callback: what <c>edgeagent detect VIDEO</c> and the benchmark use, so what they report is
/// what a camera would publish.
/// </summary>
public sealed class SourceAnalyzer(AgentOptions options, ModelRegistry models, ILoggerFactory loggers, TimeProvider time)
{
    /// <summary>
    /// The camera settings for <paramref name="url"/>: a configured camera's (zones, lines, filters) when
    /// <paramref name="template"/> is given, decoded at the source's own size unless a size is given, as fast as the
    /// pipeline goes for files.
    /// </summary>
    public static async Task<CameraOptions> CameraForAsync(string url, CameraOptions? template, double fps, (int Width, int Height)? size, CancellationToken cancellationToken)
    {
        var probe = await SourceProbe.ProbeAsync(url, cancellationToken);
        var (w, h) = size ?? (probe.Width & ~1, probe.Height & ~1);
        var camera = (template ?? new CameraOptions { Id = "cli" }) with
        {
            Url = url,
            Loop = false,
            Realtime = false,
            Enabled = true,
            // The template's other detect settings (tiles) stay: only size and rate follow the source.
            Detect = (template?.Detect ?? new DetectOptions()) with { Width = w, Height = h, Fps = fps },
        };
        return camera;
    }

    /// <summary>Runs until the source ends (files) or <paramref name="cancellationToken"/> fires (streams).</summary>
    public async Task RunAsync(CameraOptions camera, Func<AgentEvent, ValueTask> onEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(onEvent);
        using var factory = new CameraPipelineFactory(time, loggers, options, models);
        await PumpAsync(factory.Create(camera), onEvent, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="pipeline"/> until it ends and hands each of its events to <paramref name="onEvent"/> in
    /// order; the callback may be slow (a terminal, a file) without stalling analysis, and every event is still handed
    /// over after cancellation stops the source.
    /// </summary>
    public static async Task PumpAsync(CameraPipeline pipeline, Func<AgentEvent, ValueTask> onEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(onEvent);
        var events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        var run = Task.Run(async () =>
        {
            try
            {
                await pipeline.RunAsync(events.Writer, cancellationToken);
            }
            finally
            {
                events.Writer.TryComplete();
            }
        }, CancellationToken.None);
        await foreach (var e in events.Reader.ReadAllAsync(CancellationToken.None))
        {
            await onEvent(e);
        }
        await run;
    }
}
