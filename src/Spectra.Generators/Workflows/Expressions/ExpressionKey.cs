using static Spectra.Generators.Workflows.Expressions.ExpressionContexts;

namespace Spectra.Generators.Workflows.Expressions;

/// <summary>
/// A workflow key whose strings GitHub evaluates, with the contexts and special functions it allows: GitHub's
/// "Context availability" table (docs: Contexts reference), which its workflow parser enforces when the file loads.
/// <see cref="YamlKey"/> is the table's row, e.g. <c>jobs.&lt;job_id&gt;.steps.if</c>.
/// </summary>
internal sealed record ExpressionKey(string YamlKey, ExpressionContexts Contexts, SpecialFunctions Functions = SpecialFunctions.None)
{
    private const ExpressionContexts StepContexts = Github | Needs | Strategy | Matrix | Job | Runner | Env | Vars | Secrets | Steps | Inputs;

    public static readonly ExpressionKey RunName = new("run-name", Github | Inputs | Vars);
    public static readonly ExpressionKey WorkflowConcurrency = new("concurrency", Github | Inputs | Vars);
    public static readonly ExpressionKey WorkflowEnv = new("env", Github | Secrets | Inputs | Vars);
    public static readonly ExpressionKey WorkflowCallOutput = new("on.workflow_call.outputs.<output_id>.value", Github | Jobs | Vars | Inputs);

    public static readonly ExpressionKey JobIf = new("jobs.<job_id>.if", Github | Needs | Vars | Inputs, SpecialFunctions.StatusChecks);
    public static readonly ExpressionKey JobName = new("jobs.<job_id>.name", Github | Needs | Strategy | Matrix | Vars | Inputs);
    public static readonly ExpressionKey RunsOn = new("jobs.<job_id>.runs-on", Github | Needs | Strategy | Matrix | Vars | Inputs);
    public static readonly ExpressionKey JobEnvironment = new("jobs.<job_id>.environment", Github | Needs | Strategy | Matrix | Vars | Inputs);
    public static readonly ExpressionKey JobEnvironmentUrl = new("jobs.<job_id>.environment.url", Github | Needs | Strategy | Matrix | Job | Runner | Env | Vars | Steps | Inputs);
    public static readonly ExpressionKey JobConcurrency = new("jobs.<job_id>.concurrency", Github | Needs | Strategy | Matrix | Inputs | Vars);
    public static readonly ExpressionKey JobEnv = new("jobs.<job_id>.env", Github | Needs | Strategy | Matrix | Vars | Secrets | Inputs);
    public static readonly ExpressionKey JobOutputs = new("jobs.<job_id>.outputs.<output_id>", Github | Needs | Strategy | Matrix | Job | Runner | Env | Vars | Secrets | Steps | Inputs);
    public static readonly ExpressionKey JobDefaultsRun = new("jobs.<job_id>.defaults.run", Github | Needs | Strategy | Matrix | Env | Vars | Inputs);
    public static readonly ExpressionKey JobStrategy = new("jobs.<job_id>.strategy", Github | Needs | Vars | Inputs);

    public static readonly ExpressionKey Container = new("jobs.<job_id>.container", Github | Needs | Strategy | Matrix | Vars | Inputs);
    public static readonly ExpressionKey ContainerCredentials = new("jobs.<job_id>.container.credentials", Github | Needs | Strategy | Matrix | Env | Vars | Secrets | Inputs);
    public static readonly ExpressionKey ContainerEnv = new("jobs.<job_id>.container.env.<env_id>", Github | Needs | Strategy | Matrix | Job | Runner | Env | Vars | Secrets | Inputs);
    public static readonly ExpressionKey Services = new("jobs.<job_id>.services", Github | Needs | Strategy | Matrix | Vars | Inputs);
    public static readonly ExpressionKey ServiceCredentials = new("jobs.<job_id>.services.<service_id>.credentials", Github | Needs | Strategy | Matrix | Env | Vars | Secrets | Inputs);
    public static readonly ExpressionKey ServiceEnv = new("jobs.<job_id>.services.<service_id>.env.<env_id>", Github | Needs | Strategy | Matrix | Job | Runner | Env | Vars | Secrets | Inputs);

    public static readonly ExpressionKey CallWith = new("jobs.<job_id>.with.<with_id>", Github | Needs | Strategy | Matrix | Inputs | Vars);
    public static readonly ExpressionKey CallSecrets = new("jobs.<job_id>.secrets.<secrets_id>", Github | Needs | Strategy | Matrix | Secrets | Inputs | Vars);

    public static readonly ExpressionKey StepIf = new("jobs.<job_id>.steps.if", StepContexts & ~Secrets, SpecialFunctions.StatusChecks | SpecialFunctions.HashFiles);
    public static readonly ExpressionKey StepName = new("jobs.<job_id>.steps.name", StepContexts, SpecialFunctions.HashFiles);
    public static readonly ExpressionKey StepRun = new("jobs.<job_id>.steps.run", StepContexts, SpecialFunctions.HashFiles);
    public static readonly ExpressionKey StepWith = new("jobs.<job_id>.steps.with", StepContexts, SpecialFunctions.HashFiles);
    public static readonly ExpressionKey StepEnv = new("jobs.<job_id>.steps.env", StepContexts, SpecialFunctions.HashFiles);
    public static readonly ExpressionKey StepWorkingDirectory = new("jobs.<job_id>.steps.working-directory", StepContexts, SpecialFunctions.HashFiles);

    /// <summary><c>if:</c> keys: <c>${{ }}</c> is optional there, and the result is a condition.</summary>
    public bool IsCondition => (Functions & SpecialFunctions.StatusChecks) != 0;

    public bool Allows(ExpressionContexts context) => (Contexts & context) != 0;

    /// <summary>The row with the job id filled in: <c>jobs.deploy.steps.if</c>.</summary>
    public string Describe(string? jobId) => jobId is null ? YamlKey : YamlKey.Replace("<job_id>", jobId);
}
