namespace Spectra.Samples.Infra;

/// <summary>
/// The org's CI stages before anything is deployed: lint, tests with coverage, static analysis, dependency (SCA)
/// scan, validation and plan of the deployment side, and the notification every pipeline ends with. Org jobs take no
/// parameters: what differs per repo comes from repository variables (<c>vars.*</c>), or the product adjusts the job
/// with <c>with { Needs = ..., If = ... }</c> and keeps the org id.
/// </summary>
public static partial class Platform
{
    /// <summary>Formatting and analyzer warnings, as <c>dotnet format</c> sees them: no change may be needed.</summary>
    public static RunStep FormatCheck => Step.Run("dotnet format --verify-no-changes") with { Name = "Check formatting and analyzers" };

    /// <summary>Tests with coverage (Cobertura, per test project) and a TRX log in TestResults/.</summary>
    public static RunStep TestWithCoverage =>
        Step.Run("dotnet test --configuration Release --logger trx --results-directory TestResults --collect \"XPlat Code Coverage\"") with
        {
            Name = "Test with coverage",
        };

    /// <summary>
    /// Merges the coverage files of <see cref="TestWithCoverage"/> into one report in the job summary, and fails below
    /// the org's minimum line coverage (repository variable <c>MIN_LINE_COVERAGE</c>, 60 unless set).
    /// </summary>
    public static RunStep CoverageReport => Step.Run(
        """
        dotnet tool update --global dotnet-reportgenerator-globaltool --version 5.6.0
        reportgenerator -reports:'TestResults/**/coverage.cobertura.xml' -targetdir:coverage -reporttypes:'MarkdownSummaryGithub;TextSummary'
        cat coverage/SummaryGithub.md >> "$GITHUB_STEP_SUMMARY"
        coverage="$(grep -m1 'Line coverage:' coverage/Summary.txt | grep -o '[0-9.]*' | head -1)"
        echo "Line coverage: ${coverage}% (minimum ${MIN_LINE_COVERAGE}%)"
        awk -v c="$coverage" -v m="$MIN_LINE_COVERAGE" 'BEGIN { exit (c + 0 < m + 0) }'
        """) with
    {
        Name = "Coverage report",
        Env = new() { ["MIN_LINE_COVERAGE"] = "${{ vars.MIN_LINE_COVERAGE || '60' }}" },
    };

    /// <summary>Lint and formatting of a .NET repository.</summary>
    public static Job Lint => new()
    {
        Name = "Lint and format",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 10,
        Permissions = new() { Contents = Access.Read },
        Steps = [Checkout, SetupDotnet, Step.Run("dotnet restore"), FormatCheck with { Script = "dotnet format --verify-no-changes --no-restore" }],
    };

    /// <summary>
    /// Static analysis (SAST) with CodeQL, results in the repository's code scanning alerts. C# is analysed without a
    /// build; a repo in other languages sets the repository variable <c>CODEQL_LANGUAGES</c>.
    /// </summary>
    public static Job StaticAnalysis => new()
    {
        Name = "Static analysis (CodeQL)",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 30,
        Permissions = new() { Contents = Access.Read, Actions = Access.Read, SecurityEvents = Access.Write },
        Steps =
        [
            Checkout,
            Step.Action("github/codeql-action/init@v3") with
            {
                With = new() { ["languages"] = "${{ vars.CODEQL_LANGUAGES || 'csharp' }}", ["build-mode"] = "none" },
            },
            Step.Action("github/codeql-action/analyze@v3") with { With = new() { ["category"] = "/language:${{ vars.CODEQL_LANGUAGES || 'csharp' }}" } },
        ],
    };

    /// <summary>
    /// Software composition analysis: known-vulnerable NuGet packages, transitive ones included, fail the job. (The
    /// repository scan <see cref="SecurityScan"/> also reads lock files; this one asks NuGet's own advisory data.)
    /// </summary>
    public static Job DependencyScan => new()
    {
        Name = "Dependency scan (SCA)",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 15,
        Permissions = new() { Contents = Access.Read },
        Steps =
        [
            Checkout,
            SetupDotnet,
            Step.Run("dotnet restore"),
            Step.Run(
                """
                dotnet list package --vulnerable --include-transitive 2>&1 | tee sca.txt
                ! grep -q -i "has the following vulnerable packages" sca.txt
                """) with { Name = "Fail on vulnerable packages" },
        ],
    };

    /// <summary>
    /// Infrastructure validation and plan for what Spectra writes under <c>deploy/</c> (or the repository variable
    /// <c>DEPLOY_DIR</c>): every chart is linted with every environment's values and release file (which checks them
    /// against values.schema.json), rendered, and the rendered objects and plain manifests are checked with
    /// kubeconform. The rendered objects are the plan: uploaded as the artifact <c>deploy-plan</c>.
    /// </summary>
    public static Job DeployValidation => new()
    {
        Name = "Validate and plan deploy/",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 10,
        Permissions = new() { Contents = Access.Read },
        Env = new() { ["DEPLOY_DIR"] = "${{ vars.DEPLOY_DIR || 'deploy' }}" },
        Steps =
        [
            Checkout,
            Step.Run(
                """
                mkdir -p plan
                for chart in "$DEPLOY_DIR"/charts/*/; do
                  service="$(basename "$chart")"
                  helm lint --strict "$chart"
                  for values in "$chart"values-*.yaml; do
                    environment="$(basename "$values" .yaml)"
                    environment="${environment#values-}"
                    release="$DEPLOY_DIR/releases/$service/$environment.yaml"
                    files=(-f "$values")
                    if [ -f "$release" ]; then files+=(-f "$release"); fi
                    helm lint --strict "$chart" "${files[@]}"
                    helm template "$service" "$chart" --namespace "$environment" "${files[@]}" > "plan/$service-$environment.yaml"
                  done
                done
                """) with { Name = "Lint and render the charts (helm, preinstalled on the runner)" },
            Step.Run(
                """
                docker run --rm -v "$PWD:/work" -w /work ghcr.io/yannh/kubeconform:v0.6.7 \
                  -strict -summary -ignore-missing-schemas plan/*.yaml "$DEPLOY_DIR"/*/*/manifests.yaml
                """) with { Name = "Validate the objects (kubeconform)" },
            Actions.UploadArtifact("deploy-plan", "plan", retentionDays: 14),
        ],
    };

    /// <summary>
    /// The message every pipeline ends with, to the team's Slack channel (secret <c>SLACK_WEBHOOK_URL</c>). The product
    /// names the jobs it reports on: <c>Platform.Notify with { Needs = [...], If = "always()" }</c>.
    /// </summary>
    public static Job Notify => new()
    {
        Name = "Notify",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 5,
        Permissions = new() { },
        Steps =
        [
            Step.Run(
                """
                text="$GITHUB_REPOSITORY $GITHUB_WORKFLOW #$GITHUB_RUN_NUMBER on $GITHUB_REF_NAME: $RESULT ($GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID)"
                jq -n --arg text "$text" '{text: $text}' | curl --fail --silent --show-error -X POST -H 'Content-Type: application/json' --data @- "$SLACK_WEBHOOK_URL"
                """) with
            {
                Name = "Post the result to Slack",
                Env = new()
                {
                    ["RESULT"] = "${{ contains(needs.*.result, 'failure') && 'failed' || (contains(needs.*.result, 'cancelled') && 'cancelled' || 'succeeded') }}",
                    ["SLACK_WEBHOOK_URL"] = Secrets.Get("SLACK_WEBHOOK_URL"),
                },
            },
        ],
    };
}
