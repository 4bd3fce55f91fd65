using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Workflows.Hardening;

/// <summary>
/// Security rewrites of validated models, before rendering: untrusted expressions leave scripts, action refs become
/// commit SHAs. A pure function of the models and the pin table, so rendering stays a pure function of its input.
/// </summary>
internal static class WorkflowHardening
{
    public static WorkflowModel Apply(WorkflowModel workflow, PinTable pins) =>
        workflow with { Jobs = workflow.Jobs.Select(job => Apply(job, workflow, pins)).ToEquatableArray() };

    private static JobModel Apply(JobModel job, WorkflowModel workflow, PinTable pins) => job with
    {
        Steps = job.Steps.Select(step => ActionPinning.Apply(UntrustedInputHoisting.Apply(step, job, workflow), pins)).ToEquatableArray(),
        Call = job.Call is { } call ? ActionPinning.Apply(call, pins) : null,
    };
}
