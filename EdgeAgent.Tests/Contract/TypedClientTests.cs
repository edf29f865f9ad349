using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using EdgeAgent.Events;
using EdgeAgent.Imaging;
using EdgeAgent.Tests.Fixtures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema.CodeGeneration.CSharp;

namespace EdgeAgent.Tests.Contract;

/// <summary>
/// What a centre developer does with the contract: generate C# models from the schemas with an existing generator
/// (NJsonSchema, from NuGet) and compile them (Roslyn, in memory), then read real payloads with them; generate
/// TypeScript from the AsyncAPI document with Modelina (npm) and compile it with the pinned tsc.
/// </summary>
public sealed class TypedClientTests
{
    private static readonly string[] SchemaFiles = ["events.schema.json", "state.schema.json", "health.schema.json", "audit.schema.json", "command.schema.json", "reply.schema.json"];

    private static readonly Lazy<Assembly> Models = new(Compile);

    private static string Generate(string file)
    {
        var schema = NJsonSchema.JsonSchema.FromFileAsync(MessageSchema.PathOf(file)).GetAwaiter().GetResult();
        var settings = new CSharpGeneratorSettings
        {
            Namespace = "Centre.Contract." + char.ToUpperInvariant(file[0]) + file[1..file.IndexOf('.', StringComparison.Ordinal)],
            JsonLibrary = CSharpJsonLibrary.SystemTextJson,
            GenerateNullableReferenceTypes = true,
            TypeNameGenerator = new TitleTypeNames(),
        };
        return new CSharpGenerator(schema, settings).GenerateFile();
    }

    /// <summary>Names a type by its schema's title (ObjectEvent, HealthReport), the names the document gives; else the default.</summary>
    private sealed class TitleTypeNames : NJsonSchema.DefaultTypeNameGenerator
    {
        protected override string Generate(NJsonSchema.JsonSchema schema, string? typeNameHint) =>
            schema.Title is { Length: > 0 } title && title.All(char.IsAsciiLetterOrDigit) ? title : base.Generate(schema, typeNameHint);
    }

    private static Assembly Compile()
    {
        var trees = SchemaFiles.Select(f => CSharpSyntaxTree.ParseText(Generate(f), path: f + ".cs")).ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("CentreContract", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var dll = new MemoryStream();
        var emitted = compilation.Emit(dll);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty, "the generated models compile:\n" + string.Join("\n", errors.Take(20)));
        return Assembly.Load(dll.ToArray());
    }

    private static Type Model(string name) =>
        Models.Value.GetTypes().SingleOrDefault(t => t.Name == name) ?? throw new AssertionException($"no generated type {name}; types: {string.Join(", ", Models.Value.GetTypes().Select(t => t.Name))}");

    [Test]
    public void GeneratedModels_EverySchema_Compile()
    {
        Assert.That(Models.Value.GetTypes(), Is.Not.Empty);
        foreach (var name in new[] { "ObjectEvent", "CountsEvent", "DeviceEvent", "StateMessage", "HealthReport", "AuditRecord", "CommandRequest", "CommandReply" }) Assert.That(Model(name), Is.Not.Null);
    }

    [Test]
    public void GeneratedModels_TimesAndCounters_AreInt64()
    {
        var envelope = Model("EventEnvelope");
        Assert.Multiple(() =>
        {
            Assert.That(envelope.GetProperty("Ts")!.PropertyType, Is.EqualTo(typeof(long)), "ts is Unix ms: int would overflow");
            Assert.That(envelope.GetProperty("Pt")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(envelope.GetProperty("Seq")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(Model("ObjectEvent").GetProperty("Track")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(Model("StateMessage").GetProperty("Ts")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(Model("HealthReport").GetProperty("Ts")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(Model("AuditRecord").GetProperty("Ts")!.PropertyType, Is.EqualTo(typeof(long)));
            Assert.That(Model("ObjectEvent").IsSubclassOf(envelope), Is.True, "each kind extends the envelope");
        });
    }

    [Test]
    public void GeneratedModels_RealObjectPayload_ReadBack()
    {
        var capture = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var e = new ObjectEvent { Camera = "gate", CaptureTime = capture, Phase = "new", Track = 5_000_000_000, Label = "person", Score = 0.9f, Box = new BoxF(10, 10, 20, 40), FrameWidth = 100, FrameHeight = 100, Zones = ["a"] };
        var buffer = new ArrayBufferWriter<byte>();
        EventJson.WritePayload(buffer, e, "edge-01", 3, capture.AddSeconds(1));
        var model = System.Text.Json.JsonSerializer.Deserialize(Encoding.UTF8.GetString(buffer.WrittenSpan), Model("ObjectEvent"))!;
        Assert.Multiple(() =>
        {
            Assert.That(model.GetType().GetProperty("Ts")!.GetValue(model), Is.EqualTo(capture.ToUnixTimeMilliseconds()));
            Assert.That(model.GetType().GetProperty("Pt")!.GetValue(model), Is.EqualTo(capture.AddSeconds(1).ToUnixTimeMilliseconds()));
            Assert.That(model.GetType().GetProperty("Track")!.GetValue(model), Is.EqualTo(5_000_000_000L));
            Assert.That(model.GetType().GetProperty("Label")!.GetValue(model), Is.EqualTo("person"));
        });
    }

    [Test]
    public async Task Modelina_TypeScriptFromAsyncApi_CompilesWithRequiredFieldsAndKindsTyped()
    {
        var dir = TestPaths.TempDir("modelina");
        try
        {
            var (code, output) = await ContractTools.RunAsync("generate-models.js", TimeSpan.FromMinutes(4), Path.Combine(TestPaths.RepoRoot, "docs", "asyncapi.yaml"), dir);
            Assert.That(code, Is.Zero, output);
            var check = new StringBuilder("""
                type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
                type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

                """);
            var imports = new List<string> { "Events" };
            // Every field a schema requires must be required in its interface, and each kind's `kind` its own literal.
            var definitions = MessageSchema.Events.Document["definitions"]!.AsObject();
            foreach (var (kind, definition) in definitions)
            {
                if (definition?["allOf"] is not JsonArray parts || definition["title"]?.GetValue<string>() is not { } title) continue;
                var required = RequiredOf(definitions["envelope"]).Concat(parts.SelectMany(RequiredOf)).Distinct().ToList();
                imports.Add(title);
                check.AppendLine($"const {kind}_required: ({string.Join(" | ", required.Select(r => $"'{r}'"))}) extends RequiredKeys<{title}> ? true : false = true;");
                check.AppendLine($"const {kind}_kind: Same<{title}['kind'], '{kind}'> = true;");
            }
            foreach (var schema in new[] { MessageSchema.State, MessageSchema.Health, MessageSchema.Reply })
            {
                var title = schema.Document["title"]!.GetValue<string>();
                imports.Add(title);
                check.AppendLine($"const {title}_required: ({string.Join(" | ", RequiredOf(schema.Document).Select(r => $"'{r}'"))}) extends RequiredKeys<{title}> ? true : false = true;");
            }
            // A real payload, as the agent's encoder writes it, is an Events value, and narrowing on kind reaches its fields.
            var capture = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
            var buffer = new ArrayBufferWriter<byte>();
            EventJson.WritePayload(buffer, new ObjectEvent { Camera = "gate", CaptureTime = capture, Phase = "new", Track = 7, Label = "person", Score = 0.9f, Box = new BoxF(10, 10, 20, 40), FrameWidth = 100, FrameHeight = 100, Zones = ["a"] }, "edge-01", 3, capture);
            check.AppendLine($"const real: Events = {Encoding.UTF8.GetString(buffer.WrittenSpan)};");
            check.AppendLine("const track: number = real.kind === 'object' ? real.track : 0;");
            check.AppendLine("// @ts-expect-error an object event's kind is 'object', nothing else");
            check.AppendLine("const wrong: ObjectEvent['kind'] = 'tamper';");
            check.Insert(0, string.Concat(imports.Select(i => $"import {{ {i} }} from './typescript/{i}';\n")));
            var checkFile = Path.Combine(dir, "check.ts");
            await File.WriteAllTextAsync(checkFile, check.ToString());

            var tsc = Path.Combine(ContractTools.Modules, "typescript", "bin", "tsc");
            var files = Directory.GetFiles(Path.Combine(dir, "typescript"), "*.ts").Append(checkFile);
            var (tscCode, tscOutput) = await ContractTools.RunAsync(tsc, TimeSpan.FromMinutes(3), ["--strict", "--noEmit", "--target", "es2020", "--moduleResolution", "node", .. files]);
            Assert.That(tscCode, Is.Zero, "tsc --strict on the generated models and the checks:\n" + tscOutput + "\n" + check);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IEnumerable<string> RequiredOf(JsonNode? schema) =>
        schema?["required"] is JsonArray required ? required.Select(r => r!.GetValue<string>()) : [];
}
