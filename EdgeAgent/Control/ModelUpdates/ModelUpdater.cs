using EdgeAgent.Control.Bundles;
using EdgeAgent.Diagnostics;
using EdgeAgent.Imaging;
using EdgeAgent.Models;

namespace EdgeAgent.Control.ModelUpdates;

/// <summary>
/// Outcome of a model update, as reported on the command reply: code ok, replay, load_failed, samples_failed, not_applicable
/// (bundle codes for refused bundles), the versions before and after, the slot now live, and the update's status
/// (<see cref="UpdateStatus"/>; empty when the bundle was refused before anything was staged).
/// </summary>
public sealed record ModelUpdateOutcome(bool Ok, string Code, string Message, string ModelId, string Version, string PreviousVersion, string LiveSlot, bool RolledBack)
{
    /// <summary>The update's status after this step: probation, kept, rolled_back or failed.</summary>
    public string Status { get; init; } = "";
}

/// <summary>
/// Installs a verified model bundle: checks it targets a model of the manifest and is newer than the installed version,
/// stages the file into the inactive A/B slot, loads it through <see cref="ModelRegistry"/> (sha256 pinned from the signed
/// manifest, input/output contract checked), runs the bundle's samples, and only then switches the live pointer. A model
/// that fails to load or fails its samples is discarded: the live slot never changed, so the rollback is the discard.
/// A switched model starts on probation (<see cref="ProbationMonitor"/>), with the pipeline's health before the switch
/// recorded as the baseline it is judged against.
/// </summary>
public sealed class ModelUpdater
{
    private readonly ModelManifest _shipped;
    private readonly string _modelDir;
    private readonly string _stateDir;
    private readonly ModelRuntimeSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Updater over the shipped <paramref name="manifest"/> and <paramref name="modelDir"/>, with slots under <paramref name="stateDir"/>.</summary>
    public ModelUpdater(ModelManifest manifest, string modelDir, string stateDir, ModelRuntimeSettings? settings = null, TimeProvider? time = null)
    {
        _shipped = manifest;
        _modelDir = modelDir;
        _stateDir = stateDir;
        _settings = settings ?? new ModelRuntimeSettings(1);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How large a sample image of a bundle may be (<c>limits.max_image_pixels</c>).</summary>
    public ImageLimits ImageLimits { get; init; } = ImageLimits.Default;

    /// <summary>How long a switched model stays on probation; zero keeps it at once.</summary>
    public TimeSpan Probation { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The installed version of <paramref name="modelId"/>: the live slot's, else the shipped manifest's.</summary>
    public string InstalledVersion(string modelId)
    {
        var slots = new ModelSlots(_stateDir, modelId);
        return slots.Read(slots.Current)?.Version ?? _shipped.Find(modelId)?.Version ?? "0";
    }

    /// <summary>
    /// Applies <paramref name="bundle"/> (already signature- and hash-verified); <paramref name="baseline"/> is the
    /// pipeline's health before the switch, which the probation compares against (null when nothing was measured).
    /// </summary>
    public ModelUpdateOutcome Apply(SignedBundle bundle, PipelineRates? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var m = bundle.Manifest;
        var id = m.Id;
        if (m.Kind != "model") return Refused(id, "not_applicable", $"bundle {id} is a {m.Kind} bundle, not a model bundle");
        var entry = _shipped.Find(id);
        if (entry is null) return Refused(id, "not_applicable", $"bundle targets model {id}, which is not in the model manifest {_shipped.Source}");
        if (m.TargetModels.Count > 0 && !m.TargetModels.Contains(id)) return Refused(id, "not_applicable", $"bundle {id} does not list {id} in target_models");
        var installed = InstalledVersion(id);
        if (BundleVersion.Compare(m.Version, installed) <= 0)
        {
            return Refused(id, "replay", $"bundle {id} {m.Version} is not newer than the installed {installed} (replayed or older bundle)", installed);
        }
        BundleFile? onnx = null;
        foreach (var f in m.Files)
        {
            if (f.Name.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            {
                if (onnx is not null) return Refused(id, "malformed", $"bundle {id} holds more than one .onnx file", installed);
                onnx = f;
            }
        }
        if (onnx is null) return Refused(id, "malformed", $"bundle {id} holds no .onnx file", installed);

        var slots = new ModelSlots(_stateDir, id);
        var slot = slots.Inactive;
        var staged = slots.Stage(slot, bundle.FilePath(onnx.Name)!, m.Version, onnx.Sha256);
        string? failure;
        string code;
        using (var registry = new ModelRegistry(_shipped.WithEntry(ModelSlots.Installed(entry, staged)), _modelDir, _settings))
        {
            if (!registry.TryGet(id, out var model))
            {
                (code, failure) = ("load_failed", $"model {id} {m.Version} failed to load: {registry.Status(id).Reason}");
            }
            else
            {
                try
                {
                    failure = SampleCheck.Run(model, bundle, ImageLimits);
                    code = "samples_failed";
                    if (failure is not null) failure = $"model {id} {m.Version} failed its samples: {failure}";
                }
                catch (BundleException ex)
                {
                    (code, failure) = (ex.Code, ex.Message);
                }
            }
        }
        if (failure is not null)
        {
            slots.Discard(slot);
            Record(id, m.Version, installed, UpdateStatus.Failed, failure, null);
            return new ModelUpdateOutcome(false, code, failure + $"; rolled back, {installed} stays live", id, installed, installed, slots.Current ?? ModelSlots.Shipped, RolledBack: true)
            {
                Status = UpdateStatus.Failed,
            };
        }
        slots.Switch(slot);
        var status = Probation > TimeSpan.Zero ? UpdateStatus.Probation : UpdateStatus.Kept;
        Record(id, m.Version, installed, status, "", baseline);
        var probation = status == UpdateStatus.Probation ? $"; on probation for {Probation.TotalMinutes:0.#} min after the restart" : "";
        return new ModelUpdateOutcome(true, "ok", $"model {id} {installed} -> {m.Version}: loaded, samples passed, slot {slot} live (takes effect on restart){probation}", id, m.Version, installed, slot, RolledBack: false)
        {
            Status = status,
        };
    }

    /// <summary>Makes the previously live version of <paramref name="modelId"/> live again, recording <paramref name="reason"/>.</summary>
    public ModelUpdateOutcome Rollback(string modelId, string reason = "requested")
    {
        var slots = new ModelSlots(_stateDir, modelId);
        var before = InstalledVersion(modelId);
        if (!slots.Rollback(out var restored)) return Refused(modelId, "not_applicable", $"model {modelId} has no previous version to roll back to", before);
        var after = InstalledVersion(modelId);
        Record(modelId, before, after, UpdateStatus.RolledBack, reason, null);
        return new ModelUpdateOutcome(true, "ok", $"model {modelId} rolled back from {before} to {after} ({restored}): {reason}", modelId, after, before, slots.Current ?? ModelSlots.Shipped, RolledBack: true)
        {
            Status = UpdateStatus.RolledBack,
        };
    }

    private void Record(string id, string version, string previous, string status, string reason, PipelineRates? baseline) => new ModelUpdateRecord
    {
        ModelId = id,
        Version = version,
        PreviousVersion = previous,
        Status = status,
        Reason = reason,
        At = _time.GetUtcNow(),
        BaselineFps = baseline?.FramesPerSecond ?? 0,
        BaselineFaultRate = baseline?.FaultRate ?? 0,
    }.Write(_stateDir);

    private ModelUpdateOutcome Refused(string id, string code, string message, string? installed = null)
    {
        installed ??= _shipped.Find(id) is null ? "" : InstalledVersion(id);
        var live = new ModelSlots(_stateDir, id).Current ?? ModelSlots.Shipped;
        return new ModelUpdateOutcome(false, code, message, id, installed, installed, live, RolledBack: false);
    }
}
