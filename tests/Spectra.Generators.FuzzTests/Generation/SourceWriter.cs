using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Writes a <see cref="WorkflowSpec"/> as the C# a user would write against Spectra.Abstractions.</summary>
internal static class SourceWriter
{
    /// <summary>Members every generated class has, so generated expressions can use constants, fields and a helper.</summary>
    private const string SupportMembers = """
            private const string Const = "c";
            private static bool Fast = true;
            private static string Mutable = "m";
            private static string? Maybe = null;
            private static int Counter = 1;
            private static string Helper(string text) => "echo " + text;
        """;

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Write(WorkflowSpec workflow)
    {
        var source = new StringBuilder();
        source.Append("using System;\nusing System.Collections.Generic;\nusing Spectra;\n\nnamespace Contoso.Pipelines;\n\n");
        source.Append("[Workflow(").Append(Literal(workflow.WorkflowId)).Append(")]\n");
        source.Append("public static class ").Append(workflow.ClassName).Append("\n{\n");
        source.Append(SupportMembers).Append("\n\n");
        Member(source, "string", "Name", workflow.Name?.CSharp);
        Member(source, "string", "RunName", workflow.RunName?.CSharp);
        if (workflow.Triggers is { } triggers)
        {
            Member(source, "Triggers", "On", Triggers(triggers));
        }

        Member(source, "Dictionary<string, string>", "Env", workflow.Env.Count == 0 ? null : Map(workflow.Env));
        Member(source, "Permissions", "Permissions", workflow.Permissions);
        Member(source, "Concurrency", "Concurrency", workflow.Concurrency);
        Member(source, "Defaults", "Defaults", workflow.Defaults);
        foreach (var job in workflow.Jobs)
        {
            source.Append('\n');
            Member(source, job.IsCall ? "ReusableWorkflowJob" : "Job", job.Member, Job(job));
        }

        return source.Append("}\n").ToString();
    }

    private static void Member(StringBuilder source, string type, string name, string? value)
    {
        if (value is not null)
        {
            source.Append("    public static ").Append(type).Append(' ').Append(name).Append(" => ").Append(value).Append(";\n");
        }
    }

    private static string Triggers(TriggersSpec triggers)
    {
        var parts = new List<string>();
        Add(parts, "Push", triggers.Push);
        Add(parts, "PullRequest", triggers.PullRequest);
        Add(parts, "PullRequestTarget", triggers.PullRequestTarget);
        if (triggers.Schedules.Count > 0)
        {
            parts.Add("Schedule = [" + string.Join(", ", triggers.Schedules.Select(s => $"new({s.CSharp})")) + "]");
        }

        if (triggers.DispatchInputs is { } inputs)
        {
            parts.Add(inputs.Count == 0
                ? "WorkflowDispatch = new()"
                : "WorkflowDispatch = new() { Inputs = new() { " + string.Join(", ", inputs.Select(i => $"[{Literal(i.Name)}] = {i.CSharp}")) + " } }");
        }

        return Initializer("new()", parts, "        ");
    }

    private static string Job(JobSpec job)
    {
        var parts = new List<string>();
        if (job.Base is { } baseJob)
        {
            // A derived job restates its id (else it would copy the base's explicit id) and its needs.
            parts.Add("Id = " + (job.Id?.CSharp ?? "null"));
            parts.Add("Needs = [" + string.Join(", ", job.Needs.Select(n => n.Member)) + "]");
            return Initializer(baseJob.Member + " with", parts, "        ");
        }

        Add(parts, "Id", job.Id?.CSharp);
        Add(parts, "Name", job.Name?.CSharp);
        if (job.Needs.Count > 0)
        {
            parts.Add("Needs = [" + string.Join(", ", job.Needs.Select(n => n.Member)) + "]");
        }

        Add(parts, "If", job.If is null ? null : Literal(job.If));
        if (job.Call is { } call)
        {
            parts.Add(call);
            return Initializer("new()", parts, "        ");
        }

        Add(parts, "RunsOn", job.RunsOn);
        Add(parts, "Strategy", job.Matrix is null ? null : Strategy(job.Matrix));
        Add(parts, "TimeoutMinutes", job.TimeoutMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "Env", job.Env.Count == 0 ? null : Map(job.Env));
        if (job.Extra is not null)
        {
            parts.Add(job.Extra);
        }

        parts.Add("Steps =\n        [\n" + string.Concat(job.Steps.Select(s => "            " + Step(s) + ",\n")) + "        ]");
        return Initializer("new()", parts, "        ");
    }

    private static string Strategy(MatrixSpec matrix)
    {
        var entries = matrix.Axes.Select(a => $"[{Literal(a.Name)}] = [{string.Join(", ", a.Values)}]").ToList();
        if (matrix.Include.Count > 0)
        {
            entries.Add("Include = [" + string.Join(", ", matrix.Include) + "]");
        }

        if (matrix.Exclude.Count > 0)
        {
            entries.Add("Exclude = [" + string.Join(", ", matrix.Exclude) + "]");
        }

        var parts = new List<string> { "Matrix = { " + string.Join(", ", entries) + " }" };
        Add(parts, "FailFast", matrix.FailFast is { } failFast ? (failFast ? "true" : "false") : null);
        Add(parts, "MaxParallel", matrix.MaxParallel?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "new() { " + string.Join(", ", parts) + " }";
    }

    private static string Step(StepSpec step)
    {
        var parts = new List<string>();
        Add(parts, "Id", step.Id?.CSharp);
        Add(parts, "Name", step.Name?.CSharp);
        Add(parts, "If", step.If is null ? null : Literal(step.If));
        Add(parts, "Env", step.Env.Count == 0 ? null : Map(step.Env));
        Add(parts, "With", step.Script is null ? step.With : null); // a defect may have turned an action into a script
        Add(parts, "TimeoutMinutes", step.TimeoutMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "ContinueOnError", step.ContinueOnError is { } flag ? (flag ? "true" : "false") : null);
        var create = step.Script is { } script
            ? $"Step.Run({script.CSharp}{(step.Shell is null ? "" : ", shell: " + Literal(step.Shell))})"
            : step.Create;
        return parts.Count == 0 ? create : create + " with { " + string.Join(", ", parts) + " }";
    }

    private static string Map(List<(string Name, Text Value)> entries) =>
        "new() { " + string.Join(", ", entries.Select(e => $"[{Literal(e.Name)}] = {e.Value.CSharp}")) + " }";

    private static void Add(List<string> parts, string property, string? value)
    {
        if (value is not null)
        {
            parts.Add(property + " = " + value);
        }
    }

    private static string Initializer(string head, List<string> parts, string indent) =>
        parts.Count == 0 ? head : head + "\n    {\n" + string.Concat(parts.Select(p => indent + p + ",\n")) + "    }";
}
