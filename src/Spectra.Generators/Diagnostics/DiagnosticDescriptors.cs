using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Diagnostics;

/// <summary>
/// Every diagnostic Spectra's generator reports. Ids by area: SPX0xxx evaluation and internal errors, SPX1xxx
/// workflows. Each id has a page at docs/diagnostics/ID.md (the help link) and a row in AnalyzerReleases.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Evaluation = "Spectra.Evaluation";
    private const string Workflows = "Spectra.Workflows";

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SPX0001", Evaluation,
        "Spectra generator failed",
        "Spectra failed while processing '{0}': {1}. This is a bug in Spectra; please report it with this message.");

    public static readonly DiagnosticDescriptor NotEvaluable = Error(
        "SPX0002", Evaluation,
        "Declaration cannot be evaluated at compile time",
        "Spectra cannot evaluate {0} at compile time. {1}");

    public static readonly DiagnosticDescriptor RecursiveDeclaration = Error(
        "SPX0003", Evaluation,
        "Declaration refers to itself",
        "'{0}' refers to itself through {1}; a declaration's value cannot depend on itself");

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "SPX0004", Evaluation,
        "Value has an unexpected type",
        "{0} must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor NeedsCycle = Error(
        "SPX1001", Workflows,
        "Jobs need each other in a cycle",
        "Job '{0}' is part of a needs cycle: {1}");

    public static readonly DiagnosticDescriptor NeedsItself = Error(
        "SPX1002", Workflows,
        "Job needs itself",
        "Job '{0}' lists itself in Needs; a job cannot wait for itself");

    public static readonly DiagnosticDescriptor NeedsOutsideWorkflow = Error(
        "SPX1003", Workflows,
        "Job needs a job of another workflow",
        "Job '{0}' needs '{1}', which is not a job of workflow '{2}'; needs can only name jobs of the same workflow");

    public static readonly DiagnosticDescriptor DuplicateJobId = Error(
        "SPX1004", Workflows,
        "Duplicate job id",
        "Workflow '{0}' has more than one job with id '{1}' (job ids are case-insensitive)");

    public static readonly DiagnosticDescriptor InvalidJobId = Error(
        "SPX1005", Workflows,
        "Invalid job id",
        "'{0}' is not a valid job id: it must start with a letter or '_' and contain only letters, digits, '-' and '_'");

    public static readonly DiagnosticDescriptor DuplicateStepId = Error(
        "SPX1006", Workflows,
        "Duplicate step id",
        "Job '{0}' has more than one step with id '{1}' (step ids are case-insensitive)");

    public static readonly DiagnosticDescriptor InvalidStepId = Error(
        "SPX1007", Workflows,
        "Invalid step id",
        "'{0}' is not a valid step id: it must start with a letter or '_' and contain only letters, digits, '-' and '_'");

    public static readonly DiagnosticDescriptor InvalidCron = Error(
        "SPX1008", Workflows,
        "Invalid cron expression",
        "'{0}' is not a valid schedule: {1}");

    public static readonly DiagnosticDescriptor InvalidWorkflowId = Error(
        "SPX1009", Workflows,
        "Invalid or duplicate workflow id",
        "Workflow id '{0}' {1}");

    public static readonly DiagnosticDescriptor MissingTriggers = Error(
        "SPX1010", Workflows,
        "Workflow has no triggers",
        "Workflow '{0}' declares no triggers: add a 'public static Triggers On => new() {{ ... }};' member");

    public static readonly DiagnosticDescriptor NoJobs = Error(
        "SPX1011", Workflows,
        "Workflow has no jobs",
        "Workflow '{0}' declares no jobs: add a static Job member");

    public static readonly DiagnosticDescriptor JobWithoutSteps = Error(
        "SPX1012", Workflows,
        "Job has no steps",
        "Job '{0}' has no steps");

    public static readonly DiagnosticDescriptor JobWithoutRunner = Error(
        "SPX1013", Workflows,
        "Job has no runner",
        "Job '{0}' does not say where it runs: set RunsOn, e.g. RunsOn = Runner.UbuntuLatest");

    public static readonly DiagnosticDescriptor EmptyMatrixAxis = Error(
        "SPX1014", Workflows,
        "Matrix axis has no values",
        "Matrix axis '{0}' of job '{1}' has no values, so the job would never run");

    public static readonly DiagnosticDescriptor EmptyRequiredValue = Error(
        "SPX1015", Workflows,
        "Required value is empty",
        "{0} must not be empty");

    /// <summary>Every descriptor by id, for reporting diagnostics that travel through the pipeline as data.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InternalError,
        NotEvaluable,
        RecursiveDeclaration,
        WrongValueType,
        NeedsCycle,
        NeedsItself,
        NeedsOutsideWorkflow,
        DuplicateJobId,
        InvalidJobId,
        DuplicateStepId,
        InvalidStepId,
        InvalidCron,
        InvalidWorkflowId,
        MissingTriggers,
        NoJobs,
        JobWithoutSteps,
        JobWithoutRunner,
        EmptyMatrixAxis,
        EmptyRequiredValue,
    }.ToImmutableDictionary(d => d.Id);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    /// <summary>One place decides where the docs live, so every descriptor's link stays right.</summary>
    public static string HelpLink(string id) => "https://github.com/spectra-sdk/spectra/blob/main/docs/diagnostics/" + id + ".md";
}
