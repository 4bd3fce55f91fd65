using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;

namespace Spectra.Generators.Workflows;

/// <summary>
/// A workflow as the checks across services and workflows (<c>DeploymentSetRules</c>) read it: its jobs' ids,
/// declaration ids, needs and environments, nothing else. That set step runs over every workflow after
/// <c>Collect()</c>; with everything else dropped, editing a step, a script or a timeout leaves the view equal and
/// the step cached. A deployment rule that starts reading another field of a workflow or job must keep it here.
/// </summary>
internal static class DeploymentView
{
    public static ParsedWorkflow Of(ParsedWorkflow parsed)
    {
        var model = parsed.Model;
        var jobs = model.Jobs.Select(static job => new JobModel(
            job.Path, job.DeclarationId, job.Id, null, job.Needs, null, null, job.Environment, null, null, null,
            EquatableArray<StepModel>.Empty, EquatableArray<StringPair>.Empty, EquatableArray<StringPair>.Empty, null, null, null, EquatableArray<NamedContainer>.Empty, null, null));
        var view = new WorkflowModel(model.Id, model.TypeName, null, null, null, EquatableArray<StringPair>.Empty, null, null, null, jobs.ToEquatableArray(), model.Incomplete);
        return new ParsedWorkflow(view, EquatableArray<Issue>.Empty);
    }
}
