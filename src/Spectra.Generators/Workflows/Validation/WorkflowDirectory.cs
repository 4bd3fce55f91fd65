using System.Collections.Generic;
using System.Collections.Immutable;
using Spectra.Generators.Common;

namespace Spectra.Generators.Workflows.Validation;

/// <summary>
/// Which workflow id each [Workflow] class of the compilation has: all a workflow needs to know about the others to
/// turn a typed reusable callee (<c>Workflow = typeof(Build)</c>) into its <c>uses:</c> path. Kept this small on
/// purpose: it is an input of every workflow's own validation, so it must stay equal when a job is edited, and only
/// adding, removing or renaming a workflow changes it.
/// </summary>
internal sealed record WorkflowDirectory(EquatableArray<WorkflowIdentity> Workflows)
{
    public static readonly WorkflowDirectory Empty = new(EquatableArray<WorkflowIdentity>.Empty);

    private Dictionary<string, string>? _idsByTypeName;

    public static WorkflowDirectory From(ImmutableArray<WorkflowIdentity> identities) => new(identities.ToEquatableArray());

    /// <summary>Class full name → workflow id; with two classes of one name (not valid C#), the last one wins.</summary>
    public IReadOnlyDictionary<string, string> IdsByTypeName => _idsByTypeName ??= BuildLookup();

    /// <summary>Equality is the identities' alone; the lookup is a cache.</summary>
    public bool Equals(WorkflowDirectory? other) => other is not null && Workflows.Equals(other.Workflows);

    public override int GetHashCode() => Workflows.GetHashCode();

    private Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var workflow in Workflows)
        {
            lookup[workflow.TypeName] = workflow.Id;
        }

        return lookup;
    }
}

/// <summary>A [Workflow] class and the id (file name) it declares.</summary>
internal sealed record WorkflowIdentity(string TypeName, string Id);
