namespace Spectra.Generators.Evaluation;

/// <summary>Metadata names of the Spectra.Abstractions types the generator gives meaning to.</summary>
internal static class KnownNames
{
    public const string WorkflowAttribute = "Spectra.WorkflowAttribute";
    public const string EnvironmentsAttribute = "Spectra.EnvironmentsAttribute";
    public const string PlatformAttribute = "Spectra.PlatformAttribute";
    public const string SuppressPolicyAttribute = "Spectra.Policies.SuppressPolicyAttribute";
    public const string ServiceAttribute = "Spectra.ServiceAttribute";
    public const string DeploymentEnvironment = "Spectra.DeploymentEnvironment";
    public const string ServiceSettings = "Spectra.ServiceSettings";
    public const string GitOpsRepository = "Spectra.GitOpsRepository";
    public const string ObjectFactoryAttribute = "Spectra.Factories.ObjectFactoryAttribute";
    public const string PropertyAttribute = "Spectra.Factories.PropertyAttribute";
    public const string ActionStepAttribute = "Spectra.Factories.ActionStepAttribute";
    public const string ActionInputAttribute = "Spectra.Factories.ActionInputAttribute";
    public const string ExpressionTemplateAttribute = "Spectra.Factories.ExpressionTemplateAttribute";
    public const string JobBase = "Spectra.JobBase";
    public const string ActionStep = "Spectra.ActionStep";
}
