using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>The needs graph of one workflow: no job may wait for itself, directly or through a cycle.</summary>
internal static class NeedsGraphRules
{
    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        var jobs = new Dictionary<string, JobModel>();
        foreach (var job in workflow.Jobs)
        {
            jobs[job.Id] = job;
            for (var i = 0; i < job.Needs.Count; i++)
            {
                if (job.Needs[i] == job.Id)
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.NeedsItself, ValuePath.Index(ValuePath.Field(job.Path, "Needs"), i), job.Id));
                }
            }
        }

        var state = new Dictionary<string, bool>(); // false: on the current path, true: finished
        var reported = new HashSet<string>();
        foreach (var job in workflow.Jobs)
        {
            Visit(job.Id, [], jobs, state, reported, issues);
        }
    }

    /// <summary>Depth-first search; a back edge is a cycle, reported once per cycle at the job that closes it.</summary>
    private static void Visit(string id, List<string> path, Dictionary<string, JobModel> jobs, Dictionary<string, bool> state, HashSet<string> reported, List<Issue> issues)
    {
        if (state.ContainsKey(id) || !jobs.TryGetValue(id, out var job))
        {
            return;
        }

        state[id] = false;
        path.Add(id);
        for (var i = 0; i < job.Needs.Count; i++)
        {
            var next = job.Needs[i];
            if (next == id)
            {
                continue; // reported as "needs itself"
            }

            if (state.TryGetValue(next, out var finished) && !finished)
            {
                var cycle = path.Skip(path.IndexOf(next)).Append(next).ToList();
                if (reported.Add(string.Join(",", cycle.Skip(1).OrderBy(x => x, System.StringComparer.Ordinal))))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.NeedsCycle, ValuePath.Index(ValuePath.Field(job.Path, "Needs"), i), id, string.Join(" -> ", cycle)));
                }

                continue;
            }

            Visit(next, path, jobs, state, reported, issues);
        }

        path.RemoveAt(path.Count - 1);
        state[id] = true;
    }
}
