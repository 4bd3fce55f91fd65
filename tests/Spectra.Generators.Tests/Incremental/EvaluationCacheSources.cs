namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// A small project for the evaluation cache tests, one file per role, so an edit can touch exactly one of them:
/// workflow A reads the helpers in Shared.cs; workflow B reads constants of Commands.cs, one of which is computed from a constant of Consts.cs; Other.cs is read
/// by nobody. Paths are the harness's <c>Declarations{i}.cs</c> in this order.
/// </summary>
internal static class EvaluationCacheSources
{
    public const string SharedPath = "Declarations0.cs";
    public const string ConstsPath = "Declarations1.cs";
    public const string APath = "Declarations2.cs";
    public const string BPath = "Declarations3.cs";
    public const string CommandsPath = "Declarations4.cs";
    public const string OtherPath = "Declarations5.cs";

    public const string WorkflowA = "Workflow:Contoso.Ci.A";
    public const string WorkflowB = "Workflow:Contoso.Ci.B";

    public const string Shared = """
        using Spectra;

        namespace Contoso;

        public static partial class Shared
        {
            public static string Script(long level) => "build-long";

            public static Step Lint => Step.Run("lint");
        }
        """;

    public const string Consts = """
        namespace Contoso;

        public static class Consts
        {
            public const string Base = "dotnet";
        }
        """;

    public const string A = """
        using Spectra;

        namespace Contoso.Ci;

        [Workflow("a")]
        public static class A
        {
            public static Triggers On => new() { Push = new() { Branches = ["main"] } };
            public static Permissions Permissions => new() { Contents = Access.Read };
            public static Job Build => new() { RunsOn = Runner.UbuntuLatest, Steps = [Shared.Lint, Step.Run(Shared.Script(1))] };
        }
        """;

    public const string B = """
        using Spectra;

        namespace Contoso.Ci;

        [Workflow("b")]
        public static class B
        {
            public static Triggers On => new() { Push = new() { Branches = ["main"] } };
            public static Permissions Permissions => new() { Contents = Access.Read };
            public static Job Test => new() { RunsOn = Runner.UbuntuLatest, Steps = [Step.Run(Commands.Test), Step.Run(Names.Tool)] };
        }
        """;

    public const string Commands = """
        namespace Contoso;

        public static class Commands
        {
            public const string Test = Consts.Base + " test";
        }

        public static class Names
        {
            public const string Tool = "original";
        }
        """;

    /// <summary>Block-scoped, so a test can append declarations in other namespaces.</summary>
    public const string Other = """
        namespace Contoso
        {
            public static class Unrelated
            {
                public static int Answer => 42;
            }
        }
        """;

    public static string[] All => [Shared, Consts, A, B, Commands, Other];
}
