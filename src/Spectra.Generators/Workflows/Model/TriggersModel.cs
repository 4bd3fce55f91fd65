using Spectra.Generators.Common;
using Spectra.Generators.Values;

namespace Spectra.Generators.Workflows.Model;

/// <summary>The <c>on:</c> block, in GitHub's event order.</summary>
internal sealed record TriggersModel(
    GitEventModel? Push,
    GitEventModel? PullRequest,
    GitEventModel? PullRequestTarget,
    EquatableArray<ScheduleModel> Schedules,
    EquatableArray<InputModel>? DispatchInputs,
    WorkflowCallModel? WorkflowCall);

/// <summary>A push or pull-request event: its filters (<c>branches</c>, <c>paths-ignore</c>…) in GitHub's documented order.</summary>
internal sealed record GitEventModel(string Path, EquatableArray<FilterModel> Filters);

/// <summary>One filter: <see cref="Key"/> is GitHub's name (<c>branches-ignore</c>), <see cref="Path"/> the declared list.</summary>
internal sealed record FilterModel(string Path, string Key, EquatableArray<string> Patterns);

internal sealed record ScheduleModel(string Path, string Cron);

internal sealed record InputModel(string Path, string Name, string? Description, bool? Required, string? Type, Value? Default, EquatableArray<string> Options);

internal sealed record SecretModel(string Name, string? Description, bool? Required);

/// <summary>An output of a reusable workflow; <see cref="Path"/> names its <c>Value</c>, an expression over the <c>jobs</c> context.</summary>
internal sealed record OutputModel(string Name, string? Description, string Value, string Path);

internal sealed record WorkflowCallModel(EquatableArray<InputModel> Inputs, EquatableArray<SecretModel> Secrets, EquatableArray<OutputModel> Outputs);
