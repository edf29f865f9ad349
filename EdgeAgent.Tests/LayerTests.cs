using EdgeAgent.Configuration;
using Mono.Cecil;

namespace EdgeAgent.Tests;

/// <summary>Holds the agent's folders to the layer order in README's Development section: no cycles, no import upwards.</summary>
public sealed class LayerTests
{
    /// <summary>Bottom to top; folders on one row are siblings and may not use each other. Keep in step with README.</summary>
    internal static readonly string[][] Layers =
    [
        ["Common"],
        ["Imaging"],
        ["Configuration"],
        ["Models"],
        ["Events"],
        ["Pipeline"],
        ["Capture"],
        ["Motion"],
        ["Detection"],
        ["Tracking"],
        ["Crowds", "LeftObjects", "Watchlist", "Audit"],
        ["Faces", "Plates"],
        ["Outbox"],
        ["Transport"],
        ["Diagnostics"],
        ["Devices"],
        ["Control"],
        ["Hosting"],
        ["Evaluation"],
        ["Bench"],
        ["Cli"],
        [""],
    ];

    [Test]
    public void Folders_FollowTheLayerOrder_NoCycleAndNoUpwardImport()
    {
        var graph = FolderGraph.Read(typeof(AgentOptions).Assembly.Location);
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Layers.Length; i++)
        {
            foreach (var folder in Layers[i])
            {
                rank[folder] = i;
            }
        }

        var unplaced = graph.Folders.Where(f => !rank.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
        var upward = graph.Edges
            .Where(e => rank.ContainsKey(e.Key.From) && rank.ContainsKey(e.Key.To) && rank[e.Key.To] >= rank[e.Key.From])
            .Select(e => $"{Show(e.Key.From)} -> {Show(e.Key.To)} ({e.Value})")
            .Order(StringComparer.Ordinal)
            .ToList();
        var cycles = graph.MutualPairs().Select(p => $"{Show(p.A)} <-> {Show(p.B)}").ToList();

        TestContext.Out.WriteLine($"{cycles.Count} pairs of folders importing each other, {upward.Count} upward or sideways imports");
        foreach (var line in cycles.Concat(upward))
        {
            TestContext.Out.WriteLine(line);
        }

        Assert.Multiple(() =>
        {
            Assert.That(unplaced, Is.Empty, "folders missing from LayerTests.Layers (and README)");
            Assert.That(cycles, Is.Empty, "folders that import each other");
            Assert.That(upward, Is.Empty, "imports upwards or between siblings");
        });
    }

    [Test]
    public void FolderGraph_TestAssembly_SeesAUseInsideAMethodBody()
    {
        // The test above uses AgentOptions only in a method body; the scan must see it, or it could pass on a blind read.
        var graph = FolderGraph.Read(typeof(LayerTests).Assembly.Location);

        Assert.That(graph.Edges.Keys, Does.Contain(("Tests", "Configuration")));
    }

    private static string Show(string folder) => folder.Length == 0 ? "EdgeAgent" : folder;

    /// <summary>Which folder uses which, read from compiled IL (signatures, attributes and method bodies).</summary>
    private sealed class FolderGraph
    {
        private FolderGraph(HashSet<string> folders, Dictionary<(string From, string To), string> edges)
        {
            Folders = folders;
            Edges = edges;
        }

        public HashSet<string> Folders { get; }

        /// <summary>One example per folder pair, as "Type uses Type".</summary>
        public Dictionary<(string From, string To), string> Edges { get; }

        public static FolderGraph Read(string assemblyPath)
        {
            using var module = ModuleDefinition.ReadModule(assemblyPath);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            var edges = new Dictionary<(string, string), string>();
            foreach (var type in module.GetTypes())
            {
                var owner = Outermost(type);
                if (FolderOf(owner) is not { } from)
                {
                    continue;
                }

                folders.Add(from);
                foreach (var used in Uses(type))
                {
                    var target = Outermost(used);
                    if (FolderOf(target) is { } to && to != from)
                    {
                        edges.TryAdd((from, to), $"{owner.FullName} uses {target.FullName}");
                    }
                }
            }

            return new FolderGraph(folders, edges);
        }

        public IEnumerable<(string A, string B)> MutualPairs() =>
            Edges.Keys
                .Where(e => string.CompareOrdinal(e.From, e.To) < 0 && Edges.ContainsKey((e.To, e.From)))
                .Order();

        /// <summary>The namespace segment after EdgeAgent (sub-namespaces belong to their folder); "" is the root, null is not ours.</summary>
        private static string? FolderOf(TypeReference type)
        {
            var ns = type.Namespace;
            if (ns == "EdgeAgent")
            {
                return "";
            }

            if (ns == "EdgeAgent.Tests" || ns.StartsWith("EdgeAgent.Tests.", StringComparison.Ordinal))
            {
                return "Tests";
            }

            if (!ns.StartsWith("EdgeAgent.", StringComparison.Ordinal))
            {
                return null;
            }

            var rest = ns["EdgeAgent.".Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? rest : rest[..dot];
        }

        private static TypeReference Outermost(TypeReference type)
        {
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            return type;
        }

        private static List<TypeReference> Uses(TypeDefinition type)
        {
            var found = new List<TypeReference>();
            void Add(TypeReference? t)
            {
                switch (t)
                {
                    case null:
                    case GenericParameter:
                        return;
                    case GenericInstanceType g:
                        Add(g.ElementType);
                        foreach (var arg in g.GenericArguments)
                        {
                            Add(arg);
                        }

                        return;
                    case TypeSpecification spec:
                        Add(spec.ElementType);
                        return;
                    default:
                        found.Add(t);
                        return;
                }
            }

            void AddMethod(MethodReference m)
            {
                Add(m.DeclaringType);
                Add(m.ReturnType);
                foreach (var p in m.Parameters)
                {
                    Add(p.ParameterType);
                }

                if (m is GenericInstanceMethod gm)
                {
                    foreach (var arg in gm.GenericArguments)
                    {
                        Add(arg);
                    }
                }
            }

            void AddAttributes(ICustomAttributeProvider provider)
            {
                foreach (var a in provider.CustomAttributes)
                {
                    Add(a.AttributeType);
                    foreach (var arg in a.ConstructorArguments)
                    {
                        if (arg.Value is TypeReference t)
                        {
                            Add(t);
                        }
                    }
                }
            }

            Add(type.BaseType);
            AddAttributes(type);
            foreach (var i in type.Interfaces)
            {
                Add(i.InterfaceType);
            }

            foreach (var f in type.Fields)
            {
                Add(f.FieldType);
                AddAttributes(f);
            }

            foreach (var p in type.Properties)
            {
                Add(p.PropertyType);
                AddAttributes(p);
            }

            foreach (var e in type.Events)
            {
                Add(e.EventType);
            }

            foreach (var m in type.Methods)
            {
                AddMethod(m);
                AddAttributes(m);
                if (!m.HasBody)
                {
                    continue;
                }

                foreach (var v in m.Body.Variables)
                {
                    Add(v.VariableType);
                }

                foreach (var ins in m.Body.Instructions)
                {
                    switch (ins.Operand)
                    {
                        case TypeReference t:
                            Add(t);
                            break;
                        case MethodReference mr:
                            AddMethod(mr);
                            break;
                        case FieldReference fr:
                            Add(fr.DeclaringType);
                            Add(fr.FieldType);
                            break;
                        case CallSite cs:
                            Add(cs.ReturnType);
                            break;
                    }
                }

                foreach (var h in m.Body.ExceptionHandlers)
                {
                    Add(h.CatchType);
                }
            }

            return found;
        }
    }
}
