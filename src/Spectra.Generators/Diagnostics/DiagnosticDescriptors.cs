using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Spectra.Generators.Diagnostics;

/// <summary>
/// Every diagnostic Spectra's generator reports. Ids by area: SPX0xxx evaluation and internal errors, SPX1xxx
/// workflows, SPX2xxx Kubernetes, SPX3xxx Helm, SPX4xxx security, SPX5xxx environments and promotion, SPX8xxx org packages and policies. Each id has a page at docs/diagnostics/ID.md (the help link) and a row in AnalyzerReleases.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Evaluation = "Spectra.Evaluation";
    private const string Workflows = "Spectra.Workflows";
    private const string Security = "Spectra.Security";
    private const string Kubernetes = "Spectra.Kubernetes";
    private const string Helm = "Spectra.Helm";
    private const string Environments = "Spectra.Environments";
    private const string Policy = "Spectra.Policy";

    public static readonly DiagnosticDescriptor InternalError = Error(
        "SPX0001", Evaluation,
        "Spectra generator failed",
        "Spectra failed while processing '{0}': {1}. This is a bug in Spectra; please report it with this message.");

    public static readonly DiagnosticDescriptor NotEvaluable = Error(
        "SPX0002", Evaluation,
        "Declaration cannot be evaluated at compile time",
        "Spectra cannot evaluate {0} at compile time. {1}");

    public static readonly DiagnosticDescriptor RecursiveDeclaration = Error(
        "SPX0003", Evaluation,
        "Declaration refers to itself",
        "'{0}' refers to itself through {1}; a declaration's value cannot depend on itself");

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "SPX0004", Evaluation,
        "Value has an unexpected type",
        "{0} must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor NeedsCycle = Error(
        "SPX1001", Workflows,
        "Jobs need each other in a cycle",
        "Job '{0}' is part of a needs cycle: {1}");

    public static readonly DiagnosticDescriptor NeedsItself = Error(
        "SPX1002", Workflows,
        "Job needs itself",
        "Job '{0}' lists itself in Needs; a job cannot wait for itself");

    public static readonly DiagnosticDescriptor NeedsOutsideWorkflow = Error(
        "SPX1003", Workflows,
        "Job needs a job of another workflow",
        "Job '{0}' needs '{1}', which is not a job of workflow '{2}'; needs can only name jobs of the same workflow");

    public static readonly DiagnosticDescriptor DuplicateJobId = Error(
        "SPX1004", Workflows,
        "Duplicate job id",
        "Workflow '{0}' has more than one job with id '{1}' (job ids are case-insensitive)");

    public static readonly DiagnosticDescriptor InvalidJobId = Error(
        "SPX1005", Workflows,
        "Invalid job id",
        "'{0}' is not a valid job id: it must start with an ASCII letter or '_' and contain only ASCII letters, digits, '-' and '_'");

    public static readonly DiagnosticDescriptor DuplicateStepId = Error(
        "SPX1006", Workflows,
        "Duplicate step id",
        "Job '{0}' has more than one step with id '{1}' (step ids are case-insensitive)");

    public static readonly DiagnosticDescriptor InvalidStepId = Error(
        "SPX1007", Workflows,
        "Invalid step id",
        "'{0}' is not a valid step id: it must start with an ASCII letter or '_' and contain only ASCII letters, digits, '-' and '_'");

    public static readonly DiagnosticDescriptor InvalidCron = Error(
        "SPX1008", Workflows,
        "Invalid cron expression",
        "'{0}' is not a valid schedule: {1}");

    public static readonly DiagnosticDescriptor InvalidWorkflowId = Error(
        "SPX1009", Workflows,
        "Invalid or duplicate workflow id",
        "Workflow id '{0}' {1}");

    public static readonly DiagnosticDescriptor MissingTriggers = Error(
        "SPX1010", Workflows,
        "Workflow has no triggers",
        "Workflow '{0}' declares no triggers: add a 'public static Triggers On => new() {{ ... }};' member");

    public static readonly DiagnosticDescriptor NoJobs = Error(
        "SPX1011", Workflows,
        "Workflow has no jobs",
        "Workflow '{0}' declares no jobs: add a static Job member");

    public static readonly DiagnosticDescriptor JobWithoutSteps = Error(
        "SPX1012", Workflows,
        "Job has no steps",
        "Job '{0}' has no steps");

    public static readonly DiagnosticDescriptor JobWithoutRunner = Error(
        "SPX1013", Workflows,
        "Job has no runner",
        "Job '{0}' does not say where it runs: set RunsOn, e.g. RunsOn = Runner.UbuntuLatest");

    public static readonly DiagnosticDescriptor EmptyMatrixAxis = Error(
        "SPX1014", Workflows,
        "Matrix axis has no values",
        "Matrix axis '{0}' of job '{1}' has no values, so the job would never run");

    public static readonly DiagnosticDescriptor EmptyRequiredValue = Error(
        "SPX1015", Workflows,
        "Required value is empty",
        "{0} must not be empty");

    // Graph: outputs read across jobs and steps.
    public static readonly DiagnosticDescriptor NeedsOutputNotDependency = Error(
        "SPX1016", Workflows,
        "Job reads the outputs of a job it does not need",
        "'{0}' in job '{1}' reads job '{2}', which is not in its Needs; add it to Needs or the value is always empty");

    public static readonly DiagnosticDescriptor NeedsOutputUnknown = Error(
        "SPX1017", Workflows,
        "Job output does not exist",
        "'{0}' reads output '{1}' of job '{2}', which declares no such output (declared: {3})");

    public static readonly DiagnosticDescriptor StepOutputReference = Error(
        "SPX1018", Workflows,
        "Step output reference cannot resolve",
        "'{0}' in job '{1}' {2}");

    // Expressions.
    public static readonly DiagnosticDescriptor ExpressionSyntax = Error(
        "SPX1020", Workflows,
        "Expression is not valid",
        "'{0}' is not a valid expression: {1}");

    public static readonly DiagnosticDescriptor UnknownFunction = Error(
        "SPX1021", Workflows,
        "Function call is not valid: unknown function, wrong number of arguments, or not allowed at this key",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor UnknownContext = Error(
        "SPX1022", Workflows,
        "Unknown context",
        "'{0}' is not a context; contexts are {1}");

    public static readonly DiagnosticDescriptor ContextNotAvailable = Error(
        "SPX1023", Workflows,
        "Context not available here",
        "The '{0}' context is not available in {1}; available there: {2}");

    public static readonly DiagnosticDescriptor UnknownMatrixKey = Error(
        "SPX1024", Workflows,
        "Matrix key does not exist",
        "'matrix.{0}' is not a matrix axis or include key of job '{1}' (keys: {2})");

    public static readonly DiagnosticDescriptor IfAlwaysTrue = Error(
        "SPX1025", Workflows,
        "Condition is always true",
        "The condition '{0}' is always true: the text outside ${{{{ }}}} makes it a non-empty string");

    public static readonly DiagnosticDescriptor ConstantCondition = Warning(
        "SPX1026", Workflows,
        "Condition is constant",
        "The condition '{0}' is always {1}");

    public static readonly DiagnosticDescriptor ComparisonTypeMismatch = Warning(
        "SPX1027", Workflows,
        "Comparison between different types",
        "'{0}' compares {1} with {2}; GitHub converts both to numbers, so the result is probably not what you meant");

    // Triggers.
    public static readonly DiagnosticDescriptor UnknownActivityType = Error(
        "SPX1030", Workflows,
        "Unknown activity type",
        "'{0}' is not an activity type of {1}; known types: {2}");

    public static readonly DiagnosticDescriptor FilterConflict = Error(
        "SPX1031", Workflows,
        "Conflicting filters",
        "{0} and {1} cannot both be set on the {2} trigger; use one, with '!' patterns to exclude");

    public static readonly DiagnosticDescriptor InvalidGlob = Error(
        "SPX1032", Workflows,
        "Invalid filter pattern",
        "'{0}' is not a valid filter pattern: {1}");

    public static readonly DiagnosticDescriptor ScheduleTooFrequent = Warning(
        "SPX1033", Workflows,
        "Schedule runs more often than GitHub allows",
        "'{0}' asks for runs every {1} minute(s); GitHub runs schedules at most every 5 minutes");

    public static readonly DiagnosticDescriptor ChoiceWithoutOptions = Error(
        "SPX1034", Workflows,
        "Choice input without options",
        "Input '{0}' is a choice but declares no Options");

    public static readonly DiagnosticDescriptor InvalidInputDefault = Error(
        "SPX1035", Workflows,
        "Input type or default is not valid",
        "Input '{0}' {1}");

    public static readonly DiagnosticDescriptor TooManyInputs = Error(
        "SPX1036", Workflows,
        "Too many inputs",
        "{0} declares {1} inputs; GitHub allows at most {2}");

    public static readonly DiagnosticDescriptor ReusableWorkflowContract = Error(
        "SPX1037", Workflows,
        "Call does not match the reusable workflow's contract",
        "Job '{0}' calls workflow '{1}': {2}");

    // Jobs and steps.
    public static readonly DiagnosticDescriptor ShellNotOnRunner = Error(
        "SPX1040", Workflows,
        "Shell not available on the runner",
        "Shell '{0}' is not available on {1} runners ('{2}')");

    public static readonly DiagnosticDescriptor InvalidEnvName = Error(
        "SPX1041", Workflows,
        "Invalid environment variable name",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor ConcurrencyDeadlock = Error(
        "SPX1042", Workflows,
        "Job concurrency group equals the workflow's",
        "Job '{0}' uses concurrency group '{1}', which the workflow itself holds: the job would wait for its own run forever");

    public static readonly DiagnosticDescriptor UnknownRunnerLabel = Warning(
        "SPX1043", Workflows,
        "Unknown runner label",
        "'{0}' is not a GitHub-hosted runner label; for a self-hosted runner use Runner.SelfHosted(\"{0}\"), for a larger runner also name its runner Group");

    public static readonly DiagnosticDescriptor MatrixTooLarge = Error(
        "SPX1044", Workflows,
        "Matrix has too many combinations",
        "The matrix of job '{0}' has {1} combinations; GitHub allows at most 256");

    public static readonly DiagnosticDescriptor DuplicateMatrixValue = Warning(
        "SPX1045", Workflows,
        "Duplicate matrix value",
        "Matrix axis '{0}' of job '{1}' lists '{2}' more than once");

    public static readonly DiagnosticDescriptor ExcludeKeyNotAxis = Error(
        "SPX1046", Workflows,
        "Matrix exclude names a key that is not an axis",
        "Exclude entry of job '{0}' uses '{1}', which is not a matrix axis (axes: {2}), so it excludes nothing");

    public static readonly DiagnosticDescriptor MalformedUses = Error(
        "SPX1047", Workflows,
        "Malformed action or workflow reference",
        "'{0}' is not a valid reference: {1}");

    // Security.
    public static readonly DiagnosticDescriptor UntrustedInputInScript = Warning(
        "SPX4001", Security,
        "Untrusted input in a script",
        "'{0}' can be written by whoever opens an issue or pull request, comments, or pushes a branch; {1}");

    public static readonly DiagnosticDescriptor HardCodedCredential = Error(
        "SPX4002", Security,
        "Credential written in the declaration",
        "{0} looks like a credential but is a literal value; use a reference such as Secrets.Get(\"NAME\")");

    public static readonly DiagnosticDescriptor MissingJobPermissions = new(
        "SPX4003", "Job without explicit permissions",
        "Job '{0}' declares no Permissions; declare the least privilege it needs",
        Security, DiagnosticSeverity.Warning, isEnabledByDefault: false, helpLinkUri: HelpLink("SPX4003"));

    public static readonly DiagnosticDescriptor ActionNotPinned = Warning(
        "SPX4004", Security,
        "Action not pinned to a commit SHA",
        "'{0}' is not pinned to a full commit SHA{1}");

    public static readonly DiagnosticDescriptor DeprecatedWorkflowCommand = Warning(
        "SPX4005", Security,
        "Deprecated workflow command",
        "The script uses '{0}', which GitHub has {1}; {2}");

    public static readonly DiagnosticDescriptor RetiredActionRuntime = Warning(
        "SPX4006", Security,
        "Action runs on a retired runtime",
        "'{0}' runs on {1}, which GitHub has retired; use {2}");

    public static readonly DiagnosticDescriptor PullRequestTargetCheckout = Error(
        "SPX4007", Security,
        "pull_request_target checks out untrusted code",
        "Workflow '{0}' runs on pull_request_target, with secrets and a write token, and checks out the pull request's head ('{1}'): code from a fork would run with those privileges");

    public static readonly DiagnosticDescriptor InvalidPinLockFile = Error(
        "SPX4008", Security,
        "Invalid pin lock file",
        "'{0}' is not a valid pin lock file: {1}");

    /// <summary>Every descriptor by id, for reporting diagnostics that travel through the pipeline as data.</summary>
    public static readonly DiagnosticDescriptor InvalidKubernetesName = Error(
        "SPX2001", Kubernetes,
        "Invalid Kubernetes name",
        "'{0}' is not a valid name for the {1}: {2}");

    public static readonly DiagnosticDescriptor InvalidLabel = Error(
        "SPX2002", Kubernetes,
        "Invalid label",
        "Label {0} '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidPortName = Error(
        "SPX2003", Kubernetes,
        "Invalid port name",
        "Port name '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor DuplicatePort = Error(
        "SPX2004", Kubernetes,
        "Duplicate port",
        "Port {0} '{1}' is declared more than once in service '{2}'");

    public static readonly DiagnosticDescriptor DuplicateEnvironmentVariable = Error(
        "SPX2005", Kubernetes,
        "Duplicate environment variable",
        "Environment variable '{0}' of service '{1}' is declared both in {2} and in {3}");

    public static readonly DiagnosticDescriptor InvalidQuantity = Error(
        "SPX2006", Kubernetes,
        "Invalid resource quantity",
        "'{0}' is not a valid {1} quantity: {2}");

    public static readonly DiagnosticDescriptor DecimalMemorySuffix = Warning(
        "SPX2007", Kubernetes,
        "Memory uses a decimal suffix",
        "Memory '{0}' uses the decimal suffix '{1}' ({2} bytes); did you mean '{3}'?");

    public static readonly DiagnosticDescriptor RequestExceedsLimit = Error(
        "SPX2008", Kubernetes,
        "Request exceeds limit",
        "The {0} request {1} is greater than the {0} limit {2} in environment '{3}'");

    public static readonly DiagnosticDescriptor InvalidAutoscalingRange = Error(
        "SPX2009", Kubernetes,
        "Invalid autoscaling range",
        "Autoscaling of service '{0}' in environment '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor UtilizationWithoutRequest = Error(
        "SPX2010", Kubernetes,
        "Utilization target without a request",
        "Autoscaling on {0} utilization needs a {0} request, but service '{1}' has none in environment '{2}'");

    public static readonly DiagnosticDescriptor DisruptionBudgetBlocksEviction = Warning(
        "SPX2011", Kubernetes,
        "Disruption budget blocks every eviction",
        "The disruption budget of service '{0}' in environment '{1}' allows no pod to be evicted: {2}");

    public static readonly DiagnosticDescriptor ProbePortNotDeclared = Error(
        "SPX2012", Kubernetes,
        "Probe port is not a declared port",
        "The {0} probe uses port '{1}', which is not a declared container port of service '{2}'");

    public static readonly DiagnosticDescriptor IngressPortNotDeclared = Error(
        "SPX2013", Kubernetes,
        "Ingress backend is not a declared port",
        "The ingress of service '{0}' routes to port '{1}', which is not a declared container port");

    public static readonly DiagnosticDescriptor InvalidIngressHost = Error(
        "SPX2014", Kubernetes,
        "Invalid ingress host",
        "Ingress host '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidIngressPath = Error(
        "SPX2015", Kubernetes,
        "Invalid ingress path",
        "Ingress path '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidCronJobSchedule = Error(
        "SPX2016", Kubernetes,
        "Invalid CronJob schedule",
        "Schedule '{0}' is not a valid cron expression: {1}");

    public static readonly DiagnosticDescriptor InvalidTimeZone = Error(
        "SPX2017", Kubernetes,
        "Invalid CronJob time zone",
        "Time zone '{0}' is not an IANA time zone name: {1}");

    public static readonly DiagnosticDescriptor ApiVersionNotServed = Error(
        "SPX2018", Kubernetes,
        "API version not served by the target Kubernetes version",
        "{0} needs Kubernetes {1} or later, but environment '{2}' runs Kubernetes {3}");

    public static readonly DiagnosticDescriptor MutableImageTag = Error(
        "SPX2019", Kubernetes,
        "Image is not pinned to a release",
        "Image '{0}' {1}; pin an immutable tag or a digest");

    public static readonly DiagnosticDescriptor ImageDigestRequired = Error(
        "SPX2020", Kubernetes,
        "Environment requires an image digest",
        "Environment '{0}' requires images pinned by digest, but service '{1}' uses tag '{2}'");

    public static readonly DiagnosticDescriptor MissingResourceSettings = Error(
        "SPX2021", Kubernetes,
        "Container without resource requests or memory limit",
        "Service '{0}' has no {1} in environment '{2}'");

    public static readonly DiagnosticDescriptor MissingProbes = Error(
        "SPX2022", Kubernetes,
        "Container without health probes",
        "Service '{0}' has no {1} probe in environment '{2}'");

    public static readonly DiagnosticDescriptor OptOutWithoutJustification = Error(
        "SPX2023", Kubernetes,
        "Secure default relaxed without a reason",
        "'{0}' relaxes a secure default without a reason reviewers can judge: {1}");

    public static readonly DiagnosticDescriptor RootUserWithoutOptOut = Error(
        "SPX2024", Kubernetes,
        "Container runs as root without an opt-out",
        "Service '{0}' runs as user 0 (root); declare 'Security.RunAsRoot = new(\"why\")' if it must");

    public static readonly DiagnosticDescriptor InvalidConfigKey = Error(
        "SPX2025", Kubernetes,
        "Invalid ConfigMap key",
        "'{0}' cannot be a ConfigMap key: {1}");

    public static readonly DiagnosticDescriptor ReplicasIgnoredByAutoscaling = Warning(
        "SPX2026", Kubernetes,
        "Replicas ignored because of autoscaling",
        "Service '{0}' declares Replicas and Autoscaling in environment '{1}'; the autoscaler owns the replica count, so Replicas is not written");

    public static readonly DiagnosticDescriptor InvalidNetworkPeer = Error(
        "SPX2027", Kubernetes,
        "Invalid network peer",
        "Network peer is invalid: {0}");

    public static readonly DiagnosticDescriptor MissingImage = Error(
        "SPX2028", Kubernetes,
        "Service without an image",
        "Service '{0}' has no image in environment '{1}'");

    public static readonly DiagnosticDescriptor InvalidChartName = Error(
        "SPX3001", Helm,
        "Invalid chart name",
        "Service name '{0}' cannot name a Helm chart and release: {1}");

    public static readonly DiagnosticDescriptor InvalidValuesFileName = Error(
        "SPX3002", Helm,
        "Environment id cannot name a values file",
        "Environment id '{0}' cannot name the values file 'values-{0}.yaml': {1}");

    public static readonly DiagnosticDescriptor DuplicateChart = Error(
        "SPX3003", Helm,
        "Two services write the same chart",
        "Services '{0}' and '{1}' both write the Helm chart of '{2}'");

    public static readonly DiagnosticDescriptor InvalidDeployDirectory = Error(
        "SPX3004", Helm,
        "Invalid deployment directory",
        "SpectraDeployDirectory '{0}' cannot be used: {1}; the deployment files go to 'deploy' until it is fixed");

    public static readonly DiagnosticDescriptor DuplicateEnvironment = Error(
        "SPX5001", Environments,
        "Duplicate environment",
        "Environment {0} '{1}' is declared more than once ({2} are compared ignoring case)");

    public static readonly DiagnosticDescriptor UndeclaredEnvironment = Error(
        "SPX5002", Environments,
        "Environment is not declared",
        "This is not an environment declared as a member of an [Environments] class; use one of those members");

    public static readonly DiagnosticDescriptor PromotionListsEnvironmentTwice = Error(
        "SPX5003", Environments,
        "Environment listed twice in the promotion order",
        "Environment '{0}' appears more than once in the promotion order");

    public static readonly DiagnosticDescriptor EnvironmentNotInPromotion = Warning(
        "SPX5004", Environments,
        "Environment outside the promotion order",
        "Environment '{0}' is not in the promotion order, so nothing is promoted through it; add it to Promotion");

    public static readonly DiagnosticDescriptor SecondPromotionOrder = Error(
        "SPX5005", Environments,
        "More than one promotion order",
        "A promotion order is already declared at '{0}'; declare exactly one");

    public static readonly DiagnosticDescriptor RequiredValueMissing = Error(
        "SPX5006", Environments,
        "Required value missing in an environment",
        "{0} '{1}' of service '{2}' is required but has no value in environment '{3}'");

    public static readonly DiagnosticDescriptor DeployJobWithoutValues = Error(
        "SPX5007", Environments,
        "Deploy job targets an environment with nothing to deploy",
        "Job '{0}' deploys to environment '{1}', but {2}");

    public static readonly DiagnosticDescriptor DeployJobSkipsPromotion = Error(
        "SPX5008", Environments,
        "Deploy job skips the promotion order",
        "Job '{0}' deploys to '{1}' without needing job '{2}', which deploys to '{3}' earlier in the promotion order");

    public static readonly DiagnosticDescriptor ServiceSkipsPromotion = Error(
        "SPX5009", Environments,
        "Service skips an environment of the promotion order",
        "Service '{0}' deploys to '{1}' but not to '{2}', which comes before it in the promotion order");

    public static readonly DiagnosticDescriptor OverrideForUndeployedEnvironment = Error(
        "SPX5010", Environments,
        "Override for an environment the service does not deploy to",
        "The override for environment '{0}' is never used: service '{1}' does not deploy there");

    public static readonly DiagnosticDescriptor CrossEnvironmentReference = Warning(
        "SPX5011", Environments,
        "Value names another environment",
        "In environment '{0}', service '{1}' uses '{2}', which names environment '{3}'");

    public static readonly DiagnosticDescriptor ServiceWithoutSettings = Error(
        "SPX5012", Environments,
        "Service without exactly one ServiceSettings",
        "Service '{0}' must declare exactly one static ServiceSettings member");

    public static readonly DiagnosticDescriptor ServiceWithoutEnvironments = Error(
        "SPX5013", Environments,
        "Service without environments",
        "Service '{0}' has no environment to deploy to: declare environments in an [Environments] class");

    public static readonly DiagnosticDescriptor OrgModelTooNew = Error(
        "SPX8001", Policy,
        "Org package built with a newer Spectra",
        "The org package '{0}' was built with Spectra {1}, newer than this repo's Spectra {2}: set Spectra.Sdk to {1} or later in global.json's msbuild-sdks");

    public static readonly DiagnosticDescriptor PolicyViolation = Error(
        "SPX8002", Policy,
        "Org policy broken",
        "{0} (org policy '{1}' from {2})");

    public static readonly DiagnosticDescriptor PolicyViolationWarning = Warning(
        "SPX8003", Policy,
        "Org policy broken (warning)",
        "{0} (org policy '{1}' from {2})");

    public static readonly DiagnosticDescriptor PolicySuppressionWithoutJustification = Error(
        "SPX8004", Policy,
        "Policy suppressed without a justification",
        "{0} suppresses org policy '{1}' without a Justification: say why, e.g. [SuppressPolicy(\"{1}\", Justification = \"...\")]");

    public static readonly DiagnosticDescriptor UnknownPolicySuppressed = Error(
        "SPX8005", Policy,
        "Suppressed policy does not exist",
        "{0} suppresses '{1}', which no referenced org package declares");

    public static readonly DiagnosticDescriptor TemplateParameterComputed = Error(
        "SPX8010", Policy,
        "Org template computes with its parameter",
        "The template parameter '{0}' is used in {1}, which needs its value: an org template can only place its parameters (as a value, inside a string, as an argument), not compute with them");

    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InternalError,
        NotEvaluable,
        RecursiveDeclaration,
        WrongValueType,
        NeedsCycle,
        NeedsItself,
        NeedsOutsideWorkflow,
        DuplicateJobId,
        InvalidJobId,
        DuplicateStepId,
        InvalidStepId,
        InvalidCron,
        InvalidWorkflowId,
        MissingTriggers,
        NoJobs,
        JobWithoutSteps,
        JobWithoutRunner,
        EmptyMatrixAxis,
        EmptyRequiredValue,
        NeedsOutputNotDependency,
        NeedsOutputUnknown,
        StepOutputReference,
        ExpressionSyntax,
        UnknownFunction,
        UnknownContext,
        ContextNotAvailable,
        UnknownMatrixKey,
        IfAlwaysTrue,
        ConstantCondition,
        ComparisonTypeMismatch,
        UnknownActivityType,
        FilterConflict,
        InvalidGlob,
        ScheduleTooFrequent,
        ChoiceWithoutOptions,
        InvalidInputDefault,
        TooManyInputs,
        ReusableWorkflowContract,
        ShellNotOnRunner,
        InvalidEnvName,
        ConcurrencyDeadlock,
        UnknownRunnerLabel,
        MatrixTooLarge,
        DuplicateMatrixValue,
        ExcludeKeyNotAxis,
        MalformedUses,
        UntrustedInputInScript,
        HardCodedCredential,
        MissingJobPermissions,
        ActionNotPinned,
        DeprecatedWorkflowCommand,
        RetiredActionRuntime,
        PullRequestTargetCheckout,
        InvalidPinLockFile,
        InvalidKubernetesName,
        InvalidLabel,
        InvalidPortName,
        DuplicatePort,
        DuplicateEnvironmentVariable,
        InvalidQuantity,
        DecimalMemorySuffix,
        RequestExceedsLimit,
        InvalidAutoscalingRange,
        UtilizationWithoutRequest,
        DisruptionBudgetBlocksEviction,
        ProbePortNotDeclared,
        IngressPortNotDeclared,
        InvalidIngressHost,
        InvalidIngressPath,
        InvalidCronJobSchedule,
        InvalidTimeZone,
        ApiVersionNotServed,
        MutableImageTag,
        ImageDigestRequired,
        MissingResourceSettings,
        MissingProbes,
        OptOutWithoutJustification,
        RootUserWithoutOptOut,
        InvalidConfigKey,
        ReplicasIgnoredByAutoscaling,
        InvalidNetworkPeer,
        MissingImage,
        InvalidChartName,
        InvalidValuesFileName,
        DuplicateChart,
        DuplicateEnvironment,
        UndeclaredEnvironment,
        PromotionListsEnvironmentTwice,
        EnvironmentNotInPromotion,
        SecondPromotionOrder,
        RequiredValueMissing,
        DeployJobWithoutValues,
        DeployJobSkipsPromotion,
        ServiceSkipsPromotion,
        OverrideForUndeployedEnvironment,
        CrossEnvironmentReference,
        ServiceWithoutSettings,
        ServiceWithoutEnvironments,
        InvalidDeployDirectory,
        OrgModelTooNew,
        PolicyViolation,
        PolicyViolationWarning,
        PolicySuppressionWithoutJustification,
        UnknownPolicySuppressed,
        TemplateParameterComputed,
    }.ToImmutableDictionary(d => d.Id);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    /// <summary>One place decides where the docs live, so every descriptor's link stays right.</summary>
    public static string HelpLink(string id) => "https://github.com/spectra-sdk/spectra/blob/main/docs/diagnostics/" + id + ".md";
}
