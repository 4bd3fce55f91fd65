using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Common;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// Every rule about one service, run per environment on the merged workload. A value declared once in the base
/// settings is checked in every environment; issues are de-duplicated, so it is reported once.
/// </summary>
internal static class ServiceValidator
{
    public static EquatableArray<Issue> Validate(ServiceModel service, EnvironmentSetModel environments, IEnumerable<Issue> parseIssues)
    {
        var issues = new List<Issue>(parseIssues);
        if (service.Base is null)
        {
            return Collapse(issues).ToEquatableArray();
        }

        NameRules.CheckService(service, issues);
        if (service.Instances.IsEmpty)
        {
            issues.Add(Issue.Create(DiagnosticDescriptors.ServiceWithoutEnvironments, service.NamePath, service.Name));
        }

        PromotionRules.CheckService(service, environments, issues);
        foreach (var instance in service.Instances)
        {
            NameRules.CheckWorkload(service, instance, issues);
            ContainerRules.Check(service, instance, issues);
            ResourceRules.Check(service, instance, issues);
            ScalingRules.Check(service, instance, issues);
            IngressRules.Check(service, instance, issues);
            NetworkRules.Check(instance, issues);
            CronJobRules.Check(service, instance, issues);
            ApiVersionRules.Check(instance, issues);
            SecurityRules.Check(service, instance, issues);
            RequiredValueRules.Check(service, instance, issues);
            CrossEnvironmentRules.Check(service, instance, environments, issues);
        }

        return Collapse(issues).ToEquatableArray();
    }

    /// <summary>
    /// A value declared once in the base settings breaks every environment the same way: one diagnostic at that
    /// location, naming all the environments (<c>'dev, tst, stg, prd'</c>), instead of one per environment.
    /// </summary>
    private static IEnumerable<Issue> Collapse(List<Issue> issues)
    {
        foreach (var group in issues.Distinct().GroupBy(i => (i.DescriptorId, i.Path, i.Arguments.Count)))
        {
            var first = group.First();
            if (group.Count() == 1)
            {
                yield return first;
                continue;
            }

            var arguments = new string[first.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = string.Join(", ", group.Select(issue => issue.Arguments[i]).Distinct());
            }

            yield return first with { Arguments = arguments.ToEquatableArray() };
        }
    }
}
