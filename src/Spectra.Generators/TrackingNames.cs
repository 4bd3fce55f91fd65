namespace Spectra.Generators;

/// <summary>Names of the pipeline steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string WorkflowSources = nameof(WorkflowSources);
    public const string PlatformSources = nameof(PlatformSources);
    public const string OrgModels = nameof(OrgModels);
    public const string PolicyIssues = nameof(PolicyIssues);
    public const string PolicySuppressions = nameof(PolicySuppressions);
    public const string PolicyContext = nameof(PolicyContext);
    public const string WorkflowPolicyIssues = nameof(WorkflowPolicyIssues);
    public const string ServicePolicyIssues = nameof(ServicePolicyIssues);
    public const string Declarations = nameof(Declarations);
    public const string Models = nameof(Models);
    public const string WorkflowDirectory = nameof(WorkflowDirectory);
    public const string CheckedWorkflows = nameof(CheckedWorkflows);
    public const string WorkflowSet = nameof(WorkflowSet);
    public const string Workflows = nameof(Workflows);
    public const string Artifacts = nameof(Artifacts);
    public const string DeclarationCount = nameof(DeclarationCount);
    public const string SourceDiagnostics = nameof(SourceDiagnostics);
    public const string Issues = nameof(Issues);
    public const string LocatedDiagnostics = nameof(LocatedDiagnostics);
    public const string PinFiles = nameof(PinFiles);
    public const string PinLock = nameof(PinLock);
    public const string Pins = nameof(Pins);
    public const string EnvironmentSources = nameof(EnvironmentSources);
    public const string EnvironmentSet = nameof(EnvironmentSet);
    public const string ServiceSources = nameof(ServiceSources);
    public const string ServiceDeclarations = nameof(ServiceDeclarations);
    public const string Services = nameof(Services);
    public const string ServiceArtifacts = nameof(ServiceArtifacts);
    public const string DeploymentViews = nameof(DeploymentViews);
    public const string DeploymentSet = nameof(DeploymentSet);
    public const string RootArtifacts = nameof(RootArtifacts);
    public const string DeploymentIssues = nameof(DeploymentIssues);
    public const string DeploymentLayout = nameof(DeploymentLayout);
}
