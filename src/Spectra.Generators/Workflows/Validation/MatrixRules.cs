using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>Matrix size (GitHub's limit is 256 jobs per matrix), duplicate axis values, and exclude keys that are no axis.</summary>
internal static class MatrixRules
{
    public const int MaxCombinations = 256;

    public static void Check(WorkflowModel workflow, List<Issue> issues)
    {
        foreach (var job in workflow.Jobs)
        {
            if (job.Strategy is not { } strategy)
            {
                continue;
            }

            CheckDuplicates(job, strategy, issues);
            CheckExcludeKeys(job, strategy, issues);
            var (count, exact) = MatrixCombinations.Count(strategy);
            if (count > MaxCombinations)
            {
                var text = count.ToString(CultureInfo.InvariantCulture);
                issues.Add(Issue.Create(DiagnosticDescriptors.MatrixTooLarge, strategy.Path, job.Id, exact ? text : "at least " + text));
            }
        }
    }

    private static void CheckDuplicates(JobModel job, StrategyModel strategy, List<Issue> issues)
    {
        foreach (var axis in strategy.Axes)
        {
            var seen = new HashSet<Value>();
            for (var i = 0; i < axis.Values.Count; i++)
            {
                if (!seen.Add(axis.Values[i]))
                {
                    var path = ValuePath.Index(ValuePath.Key(strategy.Path, axis.Name), i);
                    issues.Add(Issue.Create(DiagnosticDescriptors.DuplicateMatrixValue, path, axis.Name, job.Id, Display(axis.Values[i])));
                }
            }
        }
    }

    private static void CheckExcludeKeys(JobModel job, StrategyModel strategy, List<Issue> issues)
    {
        var axes = strategy.Axes.Select(a => a.Name).ToList();
        var axisList = axes.Count == 0 ? "none" : string.Join(", ", axes);
        for (var i = 0; i < strategy.Exclude.Count; i++)
        {
            foreach (var entry in strategy.Exclude[i].Entries.Where(e => !axes.Contains(e.Key)))
            {
                var entryPath = ValuePath.Key(ValuePath.Index(ValuePath.Field(strategy.Path, "Exclude"), i), entry.Key);
                issues.Add(Issue.Create(DiagnosticDescriptors.ExcludeKeyNotAxis, ValuePath.KeyName(entryPath), job.Id, entry.Key, axisList));
            }
        }
    }

    private static string Display(Value value) => value switch
    {
        StringValue s => s.Text,
        NumberValue n => n.Text,
        BoolValue b => b.Flag ? "true" : "false",
        _ => value.Describe(),
    };
}
