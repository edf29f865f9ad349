namespace EdgeAgent.Configuration;

/// <summary>Where the models are and how ONNX Runtime runs them.</summary>
public sealed record ModelsOptions
{
    /// <summary>Folder holding the .onnx files and their label files.</summary>
    public string Dir { get; init; } = "models";

    /// <summary>The manifest that names, pins and describes each model.</summary>
    public string Manifest { get; init; } = "models/manifest.yaml";

    /// <summary>Intra-op threads per session; 0 lets ONNX Runtime choose.</summary>
    public int IntraOpThreads { get; init; } = 2;

    /// <summary>Object detector model id from the manifest.</summary>
    public string Detector { get; init; } = "centernet-coco";

    internal static ModelsOptions Read(ConfigMap m) => new()
    {
        Dir = m.Text("dir", "models")!,
        Manifest = m.Text("manifest", "models/manifest.yaml")!,
        IntraOpThreads = m.Whole("intra_op_threads", 2, 0, 64),
        Detector = m.Text("detector", "centernet-coco")!,
    };
}
