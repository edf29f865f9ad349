using System.Text.Json;
using EdgeAgent.Common;
using EdgeAgent.Models;

namespace EdgeAgent.Models;

/// <summary>What one slot holds: the installed model's version, file and sha256 (from the signed bundle).</summary>
public sealed record SlotContent(string Slot, string Version, string File, string Sha256);

/// <summary>
/// A/B slots for models installed by signed updates: <c>{state_dir}/models/{id}/a|b/</c> each hold one version, and the
/// <c>current</c> file names the live slot. The pointer is replaced by rename, so a power cut leaves either the old or
/// the new slot live, never neither. No pointer means the model shipped in <c>models.dir</c> is live.
/// </summary>
public sealed class ModelSlots
{
    /// <summary>Pointer value for "the shipped model" (used as <c>previous</c> after the first update).</summary>
    public const string Shipped = "shipped";

    /// <summary>Slots of model <paramref name="modelId"/> under <paramref name="stateDir"/>.</summary>
    public ModelSlots(string stateDir, string modelId)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ModelId = modelId;
        Root = Path.Combine(stateDir, "models", modelId);
    }

    /// <summary>The model id.</summary>
    public string ModelId { get; }

    /// <summary><c>{state_dir}/models/{id}</c>.</summary>
    public string Root { get; }

    /// <summary>The live slot (a or b), or null when the shipped model is live.</summary>
    public string? Current => ReadPointer("current");

    /// <summary>The slot that was live before the last switch (a, b or <see cref="Shipped"/>), or null.</summary>
    public string? Previous => ReadPointer("previous");

    /// <summary>Folder of slot <paramref name="slot"/>.</summary>
    public string SlotDir(string slot) => Path.Combine(Root, slot);

    /// <summary>The slot an update is staged into: the one that is not live.</summary>
    public string Inactive => Current == "a" ? "b" : "a";

    /// <summary>What <paramref name="slot"/> holds, or null when it is empty or unreadable.</summary>
    public SlotContent? Read(string? slot)
    {
        if (slot is not ("a" or "b")) return null;
        var path = Path.Combine(SlotDir(slot), "slot.json");
        try
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
            var r = doc.RootElement;
            var file = Path.Combine(SlotDir(slot), r.GetProperty("file").GetString()!);
            return System.IO.File.Exists(file)
                ? new SlotContent(slot, r.GetProperty("version").GetString()!, file, r.GetProperty("sha256").GetString()!)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentNullException)
        {
            return null;
        }
    }

    /// <summary>Empties <paramref name="slot"/> and writes <paramref name="sourceFile"/> into it with its description.</summary>
    public SlotContent Stage(string slot, string sourceFile, string version, string sha256)
    {
        var dir = SlotDir(slot);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        StateFiles.CreateDirectory(dir);
        var name = Path.GetFileName(sourceFile);
        var target = Path.Combine(dir, name);
        StateFiles.Copy(sourceFile, target);
        using (var ms = new MemoryStream())
        {
            using (var w = new Utf8JsonWriter(ms))
            {
                w.WriteStartObject();
                w.WriteString("version", version);
                w.WriteString("file", name);
                w.WriteString("sha256", sha256);
                w.WriteEndObject();
            }
            StateFiles.WriteAllBytes(Path.Combine(dir, "slot.json"), ms.ToArray());
        }
        return new SlotContent(slot, version, target, sha256);
    }

    /// <summary>Empties <paramref name="slot"/> (a staged update that failed).</summary>
    public void Discard(string slot)
    {
        var dir = SlotDir(slot);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    /// <summary>Makes <paramref name="slot"/> live (atomic rename of the pointer) and remembers the slot it replaces.</summary>
    public void Switch(string slot)
    {
        var before = Current ?? Shipped;
        WritePointer("previous", before);
        WritePointer("current", slot);
    }

    /// <summary>Makes the previously live slot (or the shipped model) live again; false when there is nothing to go back to.</summary>
    public bool Rollback(out string restored)
    {
        restored = Previous ?? "";
        var current = Current;
        if (current is null || restored.Length == 0) return false;
        if (restored == Shipped)
        {
            System.IO.File.Delete(Path.Combine(Root, "current"));
        }
        else
        {
            if (Read(restored) is null) return false;
            WritePointer("current", restored);
        }
        WritePointer("previous", current);
        return true;
    }

    /// <summary>The manifest with each model that has a live slot pointing at that slot's file, sha256 and version.</summary>
    public static ModelManifest Overlay(ModelManifest manifest, string stateDir)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!Directory.Exists(Path.Combine(stateDir, "models"))) return manifest;
        var result = manifest;
        foreach (var entry in manifest.Models)
        {
            var slots = new ModelSlots(stateDir, entry.Id);
            if (slots.Read(slots.Current) is { } live) result = result.WithEntry(Installed(entry, live));
        }
        return result;
    }

    /// <summary>The manifest entry for a model installed in a slot: same contract, the slot's file and pin.</summary>
    public static ModelEntry Installed(ModelEntry entry, SlotContent slot)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(slot);
        // An absolute File wins over the model folder in Path.Combine; labels still come from the model folder.
        return entry with { File = slot.File, Sha256 = slot.Sha256, Version = slot.Version };
    }

    private string? ReadPointer(string name)
    {
        var path = Path.Combine(Root, name);
        try
        {
            var text = System.IO.File.ReadAllText(path).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private void WritePointer(string name, string value)
    {
        StateFiles.WriteAllText(Path.Combine(Root, name), value + "\n");
    }
}
