using System;

namespace Spectra;

/// <summary>
/// Marks a static class whose static members declare one GitHub Actions workflow. The generator renders it to
/// <c>.github/workflows/{id}.yml</c>.
/// </summary>
/// <remarks>
/// Members are recognised by type: <see cref="Triggers"/> (the <c>on:</c> block), <see cref="Permissions"/>,
/// <see cref="Concurrency"/>, <see cref="Defaults"/>, an <c>Env</c> dictionary, a <c>Name</c> and <c>RunName</c>
/// string, and every <see cref="JobBase"/> (one job each, its id derived from the member name). Private members are
/// helpers (job templates, shared steps): they become part of the workflow only where another member uses them.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WorkflowAttribute : Attribute
{
    /// <summary>Declares a workflow.</summary>
    /// <param name="id">The workflow id: the file name without extension, e.g. <c>ci</c>.</param>
    public WorkflowAttribute(string id) => Id = id;

    /// <summary>The workflow id: the file name without extension.</summary>
    public string Id { get; }
}
