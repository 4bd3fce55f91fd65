using System.Collections.Generic;
using System.Linq;
using Spectra.Generators.Deployments.Model;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Values;
using Spectra.Generators.Workflows.Model;

namespace Spectra.Generators.Deployments.Validation;

/// <summary>
/// The promotion order (<c>Promotion =&gt; [Dev, Tst, Stg, Prd]</c>): every item is a declared environment, listed
/// once, and every environment is listed (an environment outside the order can be deployed to without promotion).
/// </summary>
internal static class PromotionRules
{
    public static List<EnvironmentDefinition> Order(List<(EnvironmentDefinition Model, Value Value)> environments, ListValue promotion, string path, List<Issue> issues)
    {
        var ordered = new List<EnvironmentDefinition>();
        for (var i = 0; i < promotion.Items.Count; i++)
        {
            var itemPath = ValuePath.Index(path, i);
            var match = environments.FirstOrDefault(e => e.Value.Equals(promotion.Items[i]));
            if (match.Model is null)
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.UndeclaredEnvironment, itemPath));
            }
            else if (ordered.Contains(match.Model))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.PromotionListsEnvironmentTwice, itemPath, match.Model.Id));
            }
            else
            {
                ordered.Add(match.Model);
            }
        }

        foreach (var (model, _) in environments)
        {
            if (!ordered.Contains(model))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.EnvironmentNotInPromotion, model.Path, model.Id));
                ordered.Add(model);
            }
        }

        return ordered;
    }

    /// <summary>A service that deploys to a later environment must deploy to every earlier one: that is what promotion means.</summary>
    public static void CheckService(ServiceModel service, EnvironmentSetModel environments, List<Issue> issues)
    {
        if (!environments.HasPromotion || service.Instances.IsEmpty)
        {
            return;
        }

        var last = service.Instances[service.Instances.Count - 1].Environment;
        foreach (var environment in environments.Environments)
        {
            if (environment == last)
            {
                break;
            }

            if (!service.Instances.Any(i => i.Environment == environment))
            {
                issues.Add(Issue.Create(DiagnosticDescriptors.ServiceSkipsPromotion, service.TypeName + ".DeployTo", service.Name, last.Id, environment.Id));
                return;
            }
        }
    }
}
