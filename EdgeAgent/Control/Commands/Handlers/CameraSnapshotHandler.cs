using System.Text.Json;
using EdgeAgent.Configuration;
using EdgeAgent.Faces;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Control.Commands;

/// <summary>
/// camera.snapshot (see <see cref="SnapshotCommand"/>); owns the face redactor it blurs with, made on first use from
/// the agent's model registry, or from one of its own when the processor was given none.
/// </summary>
internal sealed class CameraSnapshotHandler : ICommandHandler, IDisposable
{
    private readonly AgentOptions _options;
    private readonly SnapshotCommand _snapshot;
    private readonly Func<TimeSpan> _timeout;
    private readonly Lock _facesGate = new();
    private ModelRegistry? _models;
    private ModelRegistry? _ownModels;
    private FaceRedactor? _redactor;

    /// <summary>Handler for the cameras of <paramref name="snapshots"/>; <paramref name="timeout"/> bounds the wait for a frame.</summary>
    public CameraSnapshotHandler(AgentOptions options, SnapshotTaps? snapshots, ModelRegistry? models, Func<TimeSpan> timeout)
    {
        _options = options;
        _models = models;
        _timeout = timeout;
        _snapshot = new SnapshotCommand(options, snapshots, Redactor);
    }

    /// <inheritdoc />
    public string Name => "camera.snapshot";

    /// <inheritdoc />
    public CommandReply? Validate(JsonElement request)
    {
        if (!CommandFields.Has(request, "camera", JsonValueKind.String)) return CommandFields.Missing(Name, "field 'camera' (camera id) is missing");
        return SnapshotRequest.Read(request, out var bad) is null ? CommandReply.Error("malformed", $"{Name}: {bad}") : null;
    }

    /// <inheritdoc />
    public Task<CommandReply> ExecuteAsync(JsonElement request, CancellationToken ct) => _snapshot.RunAsync(SnapshotRequest.Read(request, out _)!, _timeout(), ct);

    /// <summary>The redactor; throws <see cref="ModelException"/> with the reason when the face detector cannot be used.</summary>
    private FaceRedactor Redactor()
    {
        lock (_facesGate)
        {
            if (_redactor is not null) return _redactor;
            if (_models is null)
            {
                try
                {
                    _models = _ownModels = ModelRegistry.FromOptions(_options);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ConfigException or ModelException)
                {
                    throw new ModelException(Hosting.CameraPipelineFactory.FaceDetectorModel, $"no model registry: {ex.Message}", ex);
                }
            }
            _redactor = new FaceRedactor(_models.Get(Hosting.CameraPipelineFactory.FaceDetectorModel));
            return _redactor;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _ownModels?.Dispose();
}
