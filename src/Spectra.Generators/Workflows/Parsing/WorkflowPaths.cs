namespace Spectra.Generators.Workflows.Parsing;

/// <summary>Paths of values that are not members (the workflow attribute's id).</summary>
internal static class WorkflowPaths
{
    public static string Id(string typeName) => typeName + ".[Workflow]";
}
