using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Tests.Infrastructure;

namespace Spectra.Generators.Tests.Incremental;

/// <summary>
/// Roslyn's incremental tables are generic over each step's value type. A reference type shares one precompiled body;
/// a struct (an <c>int</c>, an <c>EquatableArray</c>, a tuple holding an <c>ImmutableArray</c>) makes the JIT compile
/// the tables again, which a build without the compiler server pays on every compile (about 2,000 methods before
/// this rule). Only reference types, bare <c>Collect()</c> arrays of them, and tuples of reference types may flow.
/// </summary>
public sealed class PipelineValueShapeTests
{
    [Fact]
    public void Every_step_value_is_a_reference_type_or_a_tuple_of_them()
    {
        var compilation = GeneratorHarness.Compile(
            Sources.ReadmeExample, Sources.ReusableWorkflow, Deployments.DeploymentSources.Environments,
            Deployments.DeploymentSources.StandardService, Platform.OrgHarness.OrgSource);
        var outcome = GeneratorHarness.Run(compilation, GeneratorHarness.DefaultFiles);
        outcome.AssertClean();

        var ourSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var checkedSteps = 0;
        foreach (var step in Reachable(ourSteps.SelectMany(name => outcome.Result.TrackedSteps[name]), ourSteps))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Assert.True(IsShared(value.GetType(), allowArray: true), $"Step '{step.Name ?? "(untracked)"}' produces a {Describe(value.GetType())}.");
            }

            checkedSteps++;
        }

        // Tracked steps plus the untracked Combine/Select steps between them.
        Assert.True(checkedSteps > ourSteps.Count, $"Only {checkedSteps} steps were checked.");
    }

    [Theory]
    [InlineData(typeof(int), false)]
    [InlineData(typeof(ImmutableArray<string>), true)]
    [InlineData(typeof((string, object)), true)]
    [InlineData(typeof((ImmutableArray<string>, string)), false)]
    [InlineData(typeof(Common.EquatableArray<string>), false)]
    [InlineData(typeof(Common.PipelineList<string>), true)]
    public void The_rule_tells_shared_shapes_from_specialised_ones(Type type, bool shared) =>
        Assert.Equal(shared, IsShared(type, allowArray: true));

    /// <summary>Our steps and the unnamed steps they read from; Roslyn's own named steps (syntax search) are not ours.</summary>
    private static List<IncrementalGeneratorRunStep> Reachable(IEnumerable<IncrementalGeneratorRunStep> roots, HashSet<string> ourSteps)
    {
        var seen = new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IncrementalGeneratorRunStep>(roots);
        while (pending.TryPop(out var step))
        {
            if (!seen.Add(step))
            {
                continue;
            }

            foreach (var (source, _) in step.Inputs)
            {
                if (source.Name is null || ourSteps.Contains(source.Name))
                {
                    pending.Push(source);
                }
            }
        }

        return [.. seen];
    }

    private static bool IsShared(Type type, bool allowArray)
    {
        if (!type.IsValueType)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (definition == typeof(ValueTuple<,>))
        {
            return arguments.All(argument => IsShared(argument, allowArray: false));
        }

        return allowArray && definition == typeof(ImmutableArray<>) && !arguments[0].IsValueType;
    }

    private static string Describe(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Describe)) + ">" : type.Name;
}
