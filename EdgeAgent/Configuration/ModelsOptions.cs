namespace EdgeAgent.Configuration;

/// <summary>Where the models are and how ONNX Runtime runs them.</summary>
public sealed record ModelsOptions
{
    public string Dir { get; init; } = "models";

    public string Manifest { get; init; } = "models/manifest.yaml";

    public int IntraOpThreads { get; init; } = 2;

    public string Detector { get; init; } = "centernet-coco";

    /// <summary>The <c>models:</c> keys, each declared once; the defaults are the initialisers above.</summary>
    internal static readonly OptionTable<ModelsOptions> Table = new OptionTable<ModelsOptions>("Model folder and runtime settings.")
        .Text("dir", o => o.Dir, (o, v) => o with { Dir = v }, "Folder holding the .onnx files and their label files.")
        .Text("manifest", o => o.Manifest, (o, v) => o with { Manifest = v }, "The manifest that names, pins and describes each model.")
        .Whole("intra_op_threads", o => o.IntraOpThreads, (o, v) => o with { IntraOpThreads = v }, 0, 64, "Intra-op threads per session; 0 lets ONNX Runtime choose.")
        .Text("detector", o => o.Detector, (o, v) => o with { Detector = v }, "Object detector model id from the manifest.");
}
