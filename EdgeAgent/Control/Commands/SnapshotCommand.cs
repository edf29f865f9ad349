using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EdgeAgent.Configuration;
using EdgeAgent.Faces;
using EdgeAgent.Imaging;
using EdgeAgent.Models;
using EdgeAgent.Pipeline;

namespace EdgeAgent.Control.Commands;

/// <summary>The options of one camera.snapshot request.</summary>
/// <param name="Camera">Camera id.</param>
/// <param name="MaxWidth">Widest image sent; a wider frame is scaled down keeping its aspect.</param>
/// <param name="Quality">JPEG quality 1..100.</param>
/// <param name="BlurFaces">False only when the request says <c>"blur_faces": false</c>.</param>
public sealed record SnapshotRequest(string Camera, int MaxWidth, int Quality, bool BlurFaces)
{
    /// <summary>Also send the picture-tamper reference (<c>"reference": true</c>), the view the camera is compared with.</summary>
    public bool Reference { get; init; }

    /// <summary>Default <see cref="MaxWidth"/>.</summary>
    public const int DefaultMaxWidth = 1280;

    /// <summary>Largest <see cref="MaxWidth"/> accepted: keeps a reply to a few megabytes at most.</summary>
    public const int LargestWidth = 3840;

    /// <summary>Default <see cref="Quality"/>.</summary>
    public const int DefaultQuality = 80;

    /// <summary>Reads the request; returns null and the problem, naming the field, when an option is not acceptable.</summary>
    public static SnapshotRequest? Read(JsonElement root, out string problem)
    {
        problem = "";
        if (!root.TryGetProperty("camera", out var c) || c.ValueKind != JsonValueKind.String || c.GetString() is not { Length: > 0 } camera)
        {
            problem = "field 'camera' (camera id) is missing";
            return null;
        }
        if (!Integer(root, "max_width", DefaultMaxWidth, 16, LargestWidth, out var maxWidth, ref problem)) return null;
        if (!Integer(root, "quality", DefaultQuality, 1, 100, out var quality, ref problem)) return null;
        if (!Boolean(root, "blur_faces", true, out var blur, ref problem)) return null;
        if (!Boolean(root, "reference", false, out var reference, ref problem)) return null;
        return new SnapshotRequest(camera, maxWidth, quality, blur) { Reference = reference };
    }

    private static bool Boolean(JsonElement root, string key, bool fallback, out bool value, ref string problem)
    {
        value = fallback;
        if (!root.TryGetProperty(key, out var v)) return true;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            value = v.ValueKind == JsonValueKind.True;
            return true;
        }
        problem = $"{key} must be true or false";
        return false;
    }

    private static bool Integer(JsonElement root, string key, int fallback, int min, int max, out int value, ref string problem)
    {
        value = fallback;
        if (!root.TryGetProperty(key, out var v)) return true;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value) && value >= min && value <= max) return true;
        problem = $"{key} must be an integer from {min} to {max}";
        return false;
    }
}

/// <summary>
/// camera.snapshot: the next frame of one running camera as a JPEG, with every face found in it obscured unless the
/// request says <c>"blur_faces": false</c>. Privacy by default: when faces must be blurred and the face model cannot be
/// used, no image is sent. The image is the camera's analysis stream (its detect size), as the agent sees it.
/// </summary>
internal sealed class SnapshotCommand(AgentOptions options, SnapshotTaps? taps, Func<FaceRedactor> redactor)
{
    /// <summary>Takes the snapshot; <paramref name="timeout"/> bounds the wait for a frame.</summary>
    public async Task<CommandReply> RunAsync(SnapshotRequest request, TimeSpan timeout, CancellationToken ct)
    {
        const string name = "camera.snapshot";
        List<KeyValuePair<string, string>> audit = [new("camera", request.Camera), new("blur_faces", Flag(request.BlurFaces))];
        CommandReply Refuse(string code, string message) => CommandReply.Error(code, $"{name}: {message}") with { AuditFields = audit };

        var configured = options.Cameras.FirstOrDefault(c => c.Id == request.Camera);
        var running = taps?.Running ?? [];
        var runningText = running.Count == 0 ? "none" : string.Join(", ", running);
        if (configured is null) return Refuse("unknown_camera", $"no camera '{request.Camera}' in the config; running: {runningText}");
        if (!configured.Enabled) return Refuse("camera_disabled", $"camera {request.Camera} is disabled in the config; running: {runningText}");
        if (taps is null || !taps.TryGet(request.Camera, out var tap))
        {
            return Refuse("camera_not_running", $"camera {request.Camera} is not running (its pipeline failed or its source ended); running: {runningText}");
        }
        FaceRedactor? faces = null;
        if (request.BlurFaces)
        {
            // Before waiting for a frame: a refusal must not depend on the camera being up.
            try
            {
                faces = redactor();
            }
            catch (ModelException ex)
            {
                return Refuse("face_model_unavailable", $"faces must be blurred but the face detector cannot be used ({ex.Message}); no image was taken");
            }
        }
        FrameCopy? reference = null;
        if (request.Reference && (reference = tap.Reference?.Invoke()) is null)
        {
            var why = tap.Reference is null ? "its tamper watch is off" : "it is still learning its reference";
            return Refuse("no_reference", $"camera {request.Camera} has no tamper reference: {why}");
        }
        FrameCopy frame;
        try
        {
            frame = await tap.NextAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            return Refuse("camera_offline", ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return Refuse("camera_not_running", ex.Message);
        }
        var image = frame.Image;
        var blurred = 0;
        if (faces is not null) blurred = faces.Redact(image).Faces.Count;
        if (image.Width > request.MaxWidth)
        {
            // Scaled after blurring: the blur was sized on the faces as detected, and scaling only removes more detail.
            var height = Math.Max(1, (int)Math.Round((double)image.Height * request.MaxWidth / image.Width));
            image = ImageOps.Resize(image, request.MaxWidth, height);
        }
        var jpeg = ImageCodec.EncodeJpeg(image, request.Quality);
        audit.Add(new("blurred", Flag(faces is not null)));
        audit.Add(new("faces_blurred", blurred.ToString(CultureInfo.InvariantCulture)));
        audit.Add(new("captured", Time(frame.CaptureTime).ToString(CultureInfo.InvariantCulture)));
        audit.Add(new("bytes", jpeg.Length.ToString(CultureInfo.InvariantCulture)));
        var result = new JsonObject
        {
            ["camera"] = request.Camera,
            ["captured"] = Time(frame.CaptureTime),
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["blurred"] = faces is not null,
            ["faces_blurred"] = blurred,
            ["bytes"] = jpeg.Length,
            ["jpeg"] = Convert.ToBase64String(jpeg),
        };
        if (reference is not null)
        {
            // The reference is a real frame of the scene too: the same privacy rule applies to it.
            var refImage = reference.Image;
            if (faces is not null) faces.Redact(refImage);
            var refJpeg = ImageCodec.EncodeJpeg(refImage, request.Quality);
            result["reference"] = new JsonObject
            {
                ["taken"] = Time(reference.CaptureTime),
                ["width"] = refImage.Width,
                ["height"] = refImage.Height,
                ["bytes"] = refJpeg.Length,
                ["jpeg"] = Convert.ToBase64String(refJpeg),
            };
            audit.Add(new("reference_bytes", refJpeg.Length.ToString(CultureInfo.InvariantCulture)));
        }
        var what = faces is null ? "faces NOT blurred (blur_faces false)" : $"{blurred} face(s) blurred";
        return CommandReply.Success($"{name}: camera {request.Camera} {image.Width}x{image.Height}, {what}, {jpeg.Length} bytes", result) with { AuditFields = audit };
    }

    private static string Flag(bool b) => b ? "true" : "false";

    private static long Time(DateTimeOffset t) => t.ToUnixTimeMilliseconds();
}
