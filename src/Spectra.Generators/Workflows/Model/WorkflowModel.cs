using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Workflows.Model;

/// <summary>
/// A workflow as GitHub understands it, parsed from a <see cref="WorkflowDeclaration"/>. Immutable, structurally
/// equatable, free of Roslyn types; <c>Path</c> fields name the declaration values for diagnostics.
/// </summary>
internal sealed record WorkflowModel(
    string Id,
    string TypeName,
    string? Name,
    string? RunName,
    TriggersModel? On,
    EquatableArray<StringPair> Env,
    PermissionsModel? Permissions,
    ConcurrencyModel? Concurrency,
    DefaultsModel? Defaults,
    EquatableArray<JobModel> Jobs,
    bool Incomplete = false)
{
    // Incomplete: some member could not be evaluated (already reported), so "missing" rules would only add noise.
}

internal sealed record StringPair(string Key, string Value);

internal sealed record PermissionsModel(EquatableArray<StringPair> Scopes);

internal sealed record ConcurrencyModel(string Path, string Group, bool? CancelInProgress);

internal sealed record DefaultsModel(string Path, string? Shell, string? WorkingDirectory);

internal sealed record RunnerModel(EquatableArray<string> Labels, string? Group);

/// <summary>A job's deployment environment. <see cref="RequiredReviewers"/> is not rendered (GitHub's settings hold it); org policies read it.</summary>
internal sealed record EnvironmentModel(string Name, string? Url, EquatableArray<string> RequiredReviewers = default);

internal sealed record ContainerModel(
    string Image,
    string? Username,
    string? Password,
    EquatableArray<StringPair> Env,
    EquatableArray<string> Ports,
    EquatableArray<string> Volumes,
    string? Options);

internal sealed record MatrixAxis(string Name, EquatableArray<Value> Values);

internal sealed record StrategyModel(
    string Path,
    EquatableArray<MatrixAxis> Axes,
    EquatableArray<MapValue> Include,
    EquatableArray<MapValue> Exclude,
    bool? FailFast,
    int? MaxParallel);
