using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Workflows.Model;

/// <summary>
/// A job. <see cref="Needs"/> holds declaration ids (<c>Ns.Ci.Test</c>) until the workflow set is resolved, then
/// job ids. A job that calls a reusable workflow has a <see cref="Call"/> and no steps.
/// </summary>
internal sealed record JobModel(
    string Path,
    string DeclarationId,
    string Id,
    string? Name,
    EquatableArray<string> Needs,
    string? If,
    RunnerModel? RunsOn,
    EnvironmentModel? Environment,
    PermissionsModel? Permissions,
    StrategyModel? Strategy,
    ConcurrencyModel? Concurrency,
    EquatableArray<StepModel> Steps,
    EquatableArray<StringPair> Env,
    EquatableArray<StringPair> Outputs,
    int? TimeoutMinutes,
    bool? ContinueOnError,
    ContainerModel? Container,
    EquatableArray<NamedContainer> Services,
    DefaultsModel? Defaults,
    ReusableCallModel? Call)
{
    public bool IsReusableCall => Call is not null;
}

internal sealed record NamedContainer(string Name, ContainerModel Container);

/// <summary>
/// A call of a reusable workflow. <see cref="Workflow"/> is the full name of a typed callee (<c>typeof(Build)</c>)
/// until the workflow set resolves it into <see cref="Uses"/>. <see cref="PinnedFrom"/>: see <see cref="StepModel"/>.
/// </summary>
internal sealed record ReusableCallModel(string Uses, string? Workflow, EquatableArray<MapEntry> With, EquatableArray<StringPair> Secrets, bool InheritSecrets, string? PinnedFrom = null);

/// <summary>
/// A step: exactly one of <see cref="Run"/> and <see cref="Uses"/> is set. <see cref="PinnedFrom"/> is set only by
/// hardening, when <see cref="Uses"/> was rewritten to a commit SHA: the ref it replaced, rendered as a comment.
/// </summary>
internal sealed record StepModel(
    string Path,
    string? Id,
    string? Name,
    string? If,
    EquatableArray<StringPair> Env,
    int? TimeoutMinutes,
    bool? ContinueOnError,
    string? Run,
    string? Shell,
    string? WorkingDirectory,
    string? Uses,
    EquatableArray<MapEntry> With,
    string? PinnedFrom = null);
