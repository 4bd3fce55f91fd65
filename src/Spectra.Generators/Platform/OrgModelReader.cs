using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Spectra.Generators.Common;
using Spectra.Generators.Diagnostics;
using Spectra.Generators.Emit;
using Spectra.Generators.Values;

namespace Spectra.Generators.Platform;

/// <summary>
/// An org policy as data. <see cref="JobDeclarationId"/>/<see cref="JobId"/>: the required job of a RequireJob
/// policy; <see cref="Environment"/>: the GitHub environment name a policy is about; <see cref="MaxMinutes"/> and
/// <see cref="MinReplicas"/>: the limits of LimitDeployTimeout and MinReplicas.
/// </summary>
internal sealed record PolicyModel(
    string Kind,
    string Id,
    bool IsWarning,
    string Package,
    string? JobDeclarationId,
    string? JobId,
    string? Environment,
    int? MaxMinutes,
    int? MinReplicas = null);

/// <summary>What every referenced org package contributes compilation-wide: its policies, and version problems.</summary>
internal sealed record OrgModelSet(EquatableArray<PolicyModel> Policies, EquatableArray<DiagnosticInfo> Problems)
{
    public static readonly OrgModelSet Empty = new(EquatableArray<PolicyModel>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>Reads the embedded models of referenced org packages (assemblies with a SpectraModelVersion attribute).</summary>
internal static class OrgModelReader
{
    public const string RequiredJob = "Spectra.Policies.RequiredJobPolicy";
    public const string JobPermissions = "Spectra.Policies.JobPermissionsPolicy";
    public const string DeployTimeout = "Spectra.Policies.DeployTimeoutPolicy";
    public const string MinReplicas = "Spectra.Policies.MinReplicasPolicy";
    public const string Approval = "Spectra.Policies.ApprovalPolicy";
    public const string PinnedActions = "Spectra.Policies.PinnedActionsPolicy";
    public const string ResourceLimits = "Spectra.Policies.ResourceLimitsPolicy";

    public static OrgModelSet Read(Compilation compilation)
    {
        try
        {
            var policies = new List<PolicyModel>();
            var problems = new List<DiagnosticInfo>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only assemblies built against Spectra.Abstractions can carry a model: skip the framework cheaply.
                if (!ReferencesAbstractions(assembly) || ReferencedModels.ModelVersion(assembly) is not { } version)
                {
                    continue;
                }

                if (IsNewer(version, GeneratorInfo.Version))
                {
                    problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OrgModelTooNew, null, assembly.Identity.Name, version, GeneratorInfo.Version));
                    continue; // a newer model may mean something this generator would misread
                }

                var entries = ReferencedModels.Read(assembly);
                foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (ValueSerializer.Deserialize(entry.Value) is ObjectValue policy && ToPolicy(policy, assembly.Identity.Name, entries) is { } model)
                    {
                        policies.Add(model);
                    }
                }
            }

            return new OrgModelSet(policies.ToEquatableArray(), problems.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new OrgModelSet(EquatableArray<PolicyModel>.Empty, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "org packages", exception.GetType().Name + ": " + exception.Message) }.ToEquatableArray());
        }
    }

    private static bool ReferencesAbstractions(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == "Spectra.Abstractions"));

    private static PolicyModel? ToPolicy(ObjectValue policy, string package, Dictionary<string, string> entries)
    {
        if (policy.TypeName is not (RequiredJob or JobPermissions or DeployTimeout or MinReplicas or Approval or PinnedActions or ResourceLimits)
            || policy["Id"] is not StringValue { Text: var id })
        {
            return null;
        }

        var isWarning = policy["Severity"] is EnumValue { Member: "Warning" };
        var job = policy["Job"] as ReferenceValue;
        string? jobId = null;
        if (job is not null && entries.TryGetValue(job.DeclarationId, out var jobText) && ValueSerializer.Deserialize(jobText) is ObjectValue jobValue)
        {
            jobId = (jobValue["Id"] as StringValue)?.Text;
        }

        var environment = policy.TypeName == RequiredJob ? (policy["WhenDeploysTo"] as StringValue)?.Text : EnvironmentName(policy["Environment"], entries);
        return new PolicyModel(policy.TypeName, id, isWarning, package, job?.DeclarationId, jobId, environment, Int(policy["MaxMinutes"]), Int(policy["Min"]));
    }

    /// <summary>A GitHub environment name, or the name of a <c>DeploymentEnvironment</c> the org declares (inline or as a member).</summary>
    private static string? EnvironmentName(Value? value, Dictionary<string, string> entries) => value switch
    {
        StringValue text => text.Text,
        ObjectValue { TypeName: Evaluation.KnownNames.DeploymentEnvironment } environment => (environment["Name"] as StringValue)?.Text,
        ReferenceValue reference when entries.TryGetValue(reference.DeclarationId, out var text) => EnvironmentName(ValueSerializer.Deserialize(text), entries),
        _ => null,
    };

    private static int? Int(Value? value) =>
        value is NumberValue { Text: var text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>Compares the numeric parts of two versions (<c>1.2.0-preview+sha</c> → 1.2.0).</summary>
    public static bool IsNewer(string version, string than)
    {
        var left = Numbers(version);
        var right = Numbers(than);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var l = i < left.Count ? left[i] : 0;
            var r = i < right.Count ? right[i] : 0;
            if (l != r)
            {
                return l > r;
            }
        }

        return false;
    }

    private static List<int> Numbers(string version)
    {
        var core = version.Split('+', '-')[0];
        return core.Split('.').Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
    }
}
