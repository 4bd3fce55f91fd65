using System;
using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;
using Spectra.Generators.Workflows.Parsing;
using Spectra.Generators.Workflows.Pinning;

namespace Spectra.Generators.Platform;

/// <summary>What every policy check reads besides its workflow or service: the org's policies and the product's suppressions.</summary>
internal sealed record PolicyContext(OrgModelSet Org, SuppressionIndex Suppressions);

/// <summary>
/// Checks each workflow and each service on its own against the policies of the referenced org packages, so an
/// edit re-checks only what it changed. A product may exempt a class only with
/// <c>[SuppressPolicy(id, Justification = "...")]</c>; the severity is the org's (the policy carries it).
/// </summary>
internal static class PolicyChecker
{
    public static EquatableArray<Issue> CheckWorkflow(ParsedWorkflow parsed, PolicyContext context, PinTable pins)
    {
        var workflow = parsed.Model;
        return Check(workflow.TypeName, context, policy => WorkflowPolicies.Breaches(policy, workflow, pins));
    }

    public static EquatableArray<Issue> CheckService(ParsedService parsed, PolicyContext context)
    {
        var service = parsed.Service;
        return Check(service.TypeName, context, policy => ServicePolicies.Breaches(policy, service));
    }

    /// <summary>SPX8004 (no justification) and SPX8005 (no such policy), at the <c>[SuppressPolicy]</c> attribute.</summary>
    public static EquatableArray<Issue> CheckSuppressions(PolicyContext context)
    {
        var issues = new List<Issue>();
        var known = new HashSet<string>(context.Org.Policies.Select(p => p.Id), StringComparer.Ordinal);
        foreach (var declaration in context.Suppressions.Declarations)
        {
            foreach (var suppression in declaration.Suppressions)
            {
                var path = declaration.TypeName + "." + PolicySuppressions.MemberName(suppression.PolicyId);
                if (!suppression.IsJustified)
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.PolicySuppressionWithoutJustification, path, declaration.Subject, suppression.PolicyId));
                }
                else if (!known.Contains(suppression.PolicyId))
                {
                    issues.Add(Issue.Create(DiagnosticDescriptors.UnknownPolicySuppressed, path, declaration.Subject, suppression.PolicyId));
                }
            }
        }

        return issues.ToEquatableArray();
    }

    private static EquatableArray<Issue> Check(string typeName, PolicyContext context, Func<PolicyModel, IEnumerable<(string Path, string Message)>> breaches)
    {
        if (context.Org.Policies.IsEmpty)
        {
            return EquatableArray<Issue>.Empty;
        }

        try
        {
            var issues = new List<Issue>();
            var suppressed = context.Suppressions.JustifiedFor(typeName);
            foreach (var policy in context.Org.Policies.Where(p => !suppressed.Contains(p.Id)))
            {
                var descriptor = policy.IsWarning ? DiagnosticDescriptors.PolicyViolationWarning : DiagnosticDescriptors.PolicyViolation;
                issues.AddRange(breaches(policy).Select(breach => Issue.Create(descriptor, breach.Path, breach.Message, policy.Id, policy.Package)));
            }

            return issues.ToEquatableArray();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new[] { Issue.Create(DiagnosticDescriptors.InternalError, typeName, typeName, exception.GetType().Name + ": " + exception.Message) }.ToEquatableArray();
        }
    }
}
