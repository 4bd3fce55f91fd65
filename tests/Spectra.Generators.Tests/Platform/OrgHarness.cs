using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Platform;

/// <summary>
/// Two compilations, as in real life: an org package compiled with the generator and emitted to an in-memory
/// assembly, then a product compiled against that assembly as a metadata reference.
/// </summary>
internal static class OrgHarness
{
    /// <summary>A product's workflow "ci" (on push) in <c>Contoso.Api</c>, with these members (indented one level).</summary>
    public static string ProductWorkflow(string members) => $$"""
        using Spectra;
        using Contoso.Infra;

        namespace Contoso.Api;

        [Workflow("ci")]
        public static class Ci
        {
            public static Triggers On => new() { Push = new() };

        {{members}}
        }
        """;

    /// <summary>A product job "build" that needs <paramref name="needs"/> and uses the org's Setup step.</summary>
    public static string BuildJobNeeding(string needs) => $$"""
            public static Job Build => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Needs = [{{needs}}],
                Steps = [Platform.Setup, Step.Run("dotnet build")],
            };
        """;

    public const string OrgSource = """
        using Spectra;
        using Spectra.Policies;

        namespace Contoso.Infra;

        [Platform("infra")]
        public static class Platform
        {
            public static Job SecurityScan => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Steps =
                [
                    Actions.Checkout(),
                    new RunStep { Name = "Scan", Script = "trivy fs --exit-code 1 ." },
                ],
            };

            public static Job SecretsCheck => new()
            {
                RunsOn = Runner.UbuntuLatest,
                Permissions = new() { Contents = Access.Read },
                Steps = [new RunStep { Name = "Gitleaks", Script = "gitleaks detect --no-banner" }],
            };

            public static Step Setup => Actions.SetupDotnet("10.0.x");

            public static Policy ScanBeforePrd => Policy.RequireJob("scan-before-prd", SecurityScan, whenDeploysTo: "prd");

            public static Policy JobPermissions => Policy.RequireJobPermissions("job-permissions", severity: PolicySeverity.Warning);

            public static Policy ShortPrdDeploys => Policy.LimitDeployTimeout("short-prd-deploys", "prd", 30);
        }
        """;

    private static readonly ImmutableArray<MetadataReference> BaseReferences =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Spectra.Job).Assembly.Location),
    ];

    /// <summary>Compiles the org package with the generator and returns its emitted assembly and the generator's diagnostics.</summary>
    public static (MetadataReference Reference, ImmutableArray<Diagnostic> Diagnostics) BuildOrg(string source = OrgSource, string? modelVersion = null, params string[] moreSources) =>
        BuildOrgFromFiles([("Platform.cs", source), .. moreSources.Select((more, i) => ($"Platform{i + 1}.cs", more))], modelVersion);

    /// <summary>Like <see cref="BuildOrg"/>, with a name per file (a partial platform class, whose errors name their file).</summary>
    public static (MetadataReference Reference, ImmutableArray<Diagnostic> Diagnostics) BuildOrgFromFiles(IEnumerable<(string Path, string Source)> files, string? modelVersion = null)
    {
        var compilation = CSharpCompilation.Create(
            "Contoso.Infra",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Source, GeneratorHarness.ParseOptions, path: file.Path)),
            BaseReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var outcome = GeneratorHarness.Run(compilation, []);
        var output = outcome.Output;
        if (modelVersion is not null)
        {
            // Simulates a package built by a newer Spectra: the same model, a different version stamp.
            var stamp = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Spectra.ModelVersion.g.cs", StringComparison.Ordinal));
            output = output.ReplaceSyntaxTree(stamp, CSharpSyntaxTree.ParseText(
                "[assembly: global::Spectra.Generation.SpectraModelVersion(\"" + modelVersion + "\")]", GeneratorHarness.ParseOptions, path: stamp.FilePath));
        }

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return (MetadataReference.CreateFromImage(image.ToArray()), outcome.Diagnostics.ToImmutableArray());
    }

    public static GeneratorOutcome RunConsumer(MetadataReference org, params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "Product",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"Declarations{i}.cs")),
            [.. BaseReferences, org],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return GeneratorHarness.Run(compilation, GeneratorHarness.DefaultFiles);
    }

    private static MetadataReference? _org;

    /// <summary>The default org package, built once per test run.</summary>
    public static MetadataReference Org => _org ??= BuildOrg().Reference;
}
