using System;
using System.Collections.Generic;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation.Expressions;

/// <summary>What expression rules look up in the workflow: jobs by id, matrix keys, typed inputs. Built on first use.</summary>
internal sealed class ExpressionScope(WorkflowModel workflow)
{
    private Dictionary<string, JobModel>? _jobs;
    private Dictionary<string, List<string>>? _matrixKeys;
    private HashSet<string>? _booleanInputs;

    /// <summary>A job of this workflow by id; ids compare ignoring case, as GitHub's contexts do.</summary>
    public JobModel? FindJob(string id)
    {
        if (_jobs is null)
        {
            _jobs = new Dictionary<string, JobModel>(StringComparer.OrdinalIgnoreCase);
            foreach (var job in workflow.Jobs)
            {
                _jobs[job.Id] = job;
            }
        }

        return _jobs.TryGetValue(id, out var found) ? found : null;
    }

    /// <summary>The matrix axes of a job, then the keys its <c>include</c> entries add, each once.</summary>
    public IReadOnlyList<string> MatrixKeys(JobModel job)
    {
        _matrixKeys ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!_matrixKeys.TryGetValue(job.Path, out var keys))
        {
            keys = [];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var axis in job.Strategy?.Axes ?? default)
            {
                if (seen.Add(axis.Name))
                {
                    keys.Add(axis.Name);
                }
            }

            foreach (var include in job.Strategy?.Include ?? default)
            {
                foreach (var entry in include.Entries)
                {
                    if (seen.Add(entry.Key))
                    {
                        keys.Add(entry.Key);
                    }
                }
            }

            _matrixKeys[job.Path] = keys;
        }

        return keys;
    }

    /// <summary>True for an input of type boolean (dispatch or call): <c>inputs.NAME</c> is then a boolean, not a string.</summary>
    public bool IsBooleanInput(string name)
    {
        if (_booleanInputs is null)
        {
            _booleanInputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var input in workflow.On?.DispatchInputs ?? default)
            {
                Add(input);
            }

            foreach (var input in workflow.On?.WorkflowCall?.Inputs ?? default)
            {
                Add(input);
            }
        }

        return _booleanInputs.Contains(name);

        void Add(InputModel input)
        {
            if (string.Equals(input.Type, "boolean", StringComparison.OrdinalIgnoreCase))
            {
                _booleanInputs.Add(input.Name);
            }
        }
    }
}
