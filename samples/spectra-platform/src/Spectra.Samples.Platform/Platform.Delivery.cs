namespace Spectra.Samples.Infra;

/// <summary>
/// How the org releases: the image an environment runs is named in a release file,
/// <c>deploy/releases/{service}/{env}.yaml</c>, that Spectra never writes (the generated Argo CD application reads it
/// as its last values file). Releasing or promoting an image is a commit to that file; Argo CD then rolls the
/// Deployment out gradually (its rolling update, gated on readiness probes), and the job waits for it to be healthy.
/// Rolling back is reverting that commit. The jobs using these steps set, as job env: <c>SERVICE</c>,
/// <c>TARGET_ENV</c> (the environment's id), and per step what its summary names.
/// </summary>
public static partial class Platform
{
    // The release commit is made in a fresh clone of the GitOps branch, so the job's own checkout (the commit being
    // tested) stays as it is. The GitOps repository is the product repository itself unless the repository variable
    // GITOPS_REPOSITORY names another; pushing uses the job's GITHUB_TOKEN, so the job needs contents: write (and such
    // a push does not trigger workflows).
    private const string GitOpsRemote =
        """
        remote="https://x-access-token:${GH_TOKEN}@github.com/${GITOPS_REPOSITORY:-$GITHUB_REPOSITORY}.git"
        branch="${GITOPS_BRANCH:-main}"
        git clone --quiet --branch "$branch" "$remote" "$RUNNER_TEMP/gitops"
        cd "$RUNNER_TEMP/gitops"
        releases="${DEPLOY_DIR:-deploy}/releases/$SERVICE"
        git config user.name "github-actions[bot]"
        git config user.email "41898282+github-actions[bot]@users.noreply.github.com"

        """;

    // Another release may land between pull and push: rebase and retry. The commit is the step's output `commit`,
    // which a rollback job reverts.
    private const string CommitAndPush =
        """
        git add "$releases"
        if git diff --cached --quiet; then
          echo "$TARGET_ENV already runs this image: nothing to release"
          echo "commit=" >> "$GITHUB_OUTPUT"
          exit 0
        fi
        git commit --quiet -m "$MESSAGE"
        pushed=false
        for attempt in 1 2 3; do
          if git push --quiet "$remote" "HEAD:$branch"; then pushed=true; break; fi
          sleep $((attempt * 10))
          git pull --quiet --rebase "$remote" "$branch"
        done
        $pushed
        echo "commit=$(git rev-parse HEAD)" >> "$GITHUB_OUTPUT"
        """;

    // A separate GitOps repository needs a token that may push there (secret GITOPS_TOKEN); the own repo does not.
    private const string GitOpsToken = "${{ secrets.GITOPS_TOKEN || secrets.GITHUB_TOKEN }}";

    private const string GitOpsRepository = "${{ vars.GITOPS_REPOSITORY }}";

    /// <summary>The Argo CD CLI, a pinned release verified against its published checksums.</summary>
    public static RunStep SetupArgoCd => Step.Run(
        """
        curl --fail --silent --show-error --location --remote-name "https://github.com/argoproj/argo-cd/releases/download/$ARGOCD_VERSION/argocd-linux-amd64"
        curl --fail --silent --show-error --location "https://github.com/argoproj/argo-cd/releases/download/$ARGOCD_VERSION/cli_checksums.txt" | grep ' argocd-linux-amd64$' | sha256sum --check
        sudo install -m 555 argocd-linux-amd64 /usr/local/bin/argocd
        """) with
    {
        Name = "Install the Argo CD CLI",
        Env = new() { ["ARGOCD_VERSION"] = "v2.13.3" },
    };

    /// <summary>Database migrations, before the new version rolls out; <c>DB_CONNECTION</c> is an environment secret.</summary>
    public static RunStep MigrateDatabase => Step.Run("dotnet tool restore\ndotnet ef database update --connection \"$DB_CONNECTION\"") with
    {
        Name = "Migrate the database",
        Env = new() { ["DB_CONNECTION"] = Secrets.Get("DB_CONNECTION") },
    };

    /// <summary>Scans the image named by the job env <c>IMAGE_REF</c> (repository@digest) for vulnerabilities.</summary>
    public static ActionStep ScanImage => Step.Action("aquasecurity/trivy-action@0.28.0") with
    {
        Name = "Scan the image",
        With = new()
        {
            ["image-ref"] = "${{ env.IMAGE_REF }}",
            ["severity"] = "CRITICAL,HIGH",
            ["ignore-unfixed"] = "true",
            ["exit-code"] = "1",
        },
    };

    /// <summary>Names the image (job env <c>IMAGE_TAG</c>, <c>IMAGE_DIGEST</c>) in the target environment's release file and pushes it.</summary>
    public static RunStep ReleaseImage => Step.Run(GitOpsRemote +
        """
        mkdir -p "$releases"
        printf '%s\n' "# Written by the release workflows, not by Spectra: the image of $SERVICE in $TARGET_ENV." \
          "image:" "  tag: \"$IMAGE_TAG\"" "  digest: \"$IMAGE_DIGEST\"" > "$releases/$TARGET_ENV.yaml"

        """ + CommitAndPush) with
    {
        Id = "release",
        Name = "Release the image to ${{ env.TARGET_ENV }}",
        Env = new() { ["GH_TOKEN"] = GitOpsToken, ["GITOPS_REPOSITORY"] = GitOpsRepository, ["MESSAGE"] = "Release ${{ env.SERVICE }} ${{ env.IMAGE_TAG }} to ${{ env.TARGET_ENV }}" },
    };

    /// <summary>Copies the release file of the job env <c>SOURCE_ENV</c> to <c>TARGET_ENV</c>: the same digest, one hop further.</summary>
    public static RunStep PromoteRelease => Step.Run(GitOpsRemote +
        """
        if [ ! -f "$releases/$SOURCE_ENV.yaml" ]; then
          echo "::error::No image has been released to $SOURCE_ENV yet ($releases/$SOURCE_ENV.yaml is missing)"
          exit 1
        fi
        sed "s/ in $SOURCE_ENV\.\$/ in $TARGET_ENV./" "$releases/$SOURCE_ENV.yaml" > "$releases/$TARGET_ENV.yaml"
        cat "$releases/$TARGET_ENV.yaml"

        """ + CommitAndPush) with
    {
        Id = "release",
        Name = "Promote ${{ env.SOURCE_ENV }}'s image to ${{ env.TARGET_ENV }}",
        Env = new() { ["GH_TOKEN"] = GitOpsToken, ["GITOPS_REPOSITORY"] = GitOpsRepository, ["MESSAGE"] = "Promote ${{ env.SERVICE }} from ${{ env.SOURCE_ENV }} to ${{ env.TARGET_ENV }}" },
    };

    /// <summary>
    /// Syncs the environment's Argo CD application and waits until it is healthy: the Deployment replaces its pods a
    /// few at a time, each batch only after the new pods pass their readiness probe; a rollout that stalls fails here.
    /// </summary>
    public static RunStep GradualRollout => Step.Run(
        """
        argocd app sync "$SERVICE-$TARGET_ENV" --timeout 300
        argocd app wait "$SERVICE-$TARGET_ENV" --sync --health --timeout 900
        """) with
    {
        Name = "Roll out gradually and wait until healthy",
        Env = new()
        {
            ["ARGOCD_SERVER"] = Vars.Get("ARGOCD_SERVER"),
            ["ARGOCD_AUTH_TOKEN"] = Secrets.Get("ARGOCD_AUTH_TOKEN"),
            ["ARGOCD_OPTS"] = "--grpc-web",
        },
    };

    /// <summary>After the rollout: the job env <c>HEALTH_URL</c> must answer every 30 seconds for five minutes.</summary>
    public static RunStep HealthChecks => Step.Run(
        """
        for check in $(seq 1 10); do
          curl --fail --silent --show-error --max-time 10 --output /dev/null "$HEALTH_URL"
          echo "Health check $check/10 passed"
          sleep 30
        done
        """) with { Name = "Health checks" };

    /// <summary>Integration tests (category <c>Integration</c>) against the deployed environment at the job env <c>BASE_URL</c>.</summary>
    public static RunStep IntegrationTests =>
        Step.Run("dotnet test --configuration Release --filter \"Category=Integration\" --logger trx --results-directory IntegrationResults") with
        {
            Name = "Integration tests",
        };

    /// <summary>Every URL of the job env <c>SMOKE_URLS</c> (space-separated) answers with a success status.</summary>
    public static RunStep SmokeTests => Step.Run(
        """
        for url in $SMOKE_URLS; do
          curl --fail --silent --show-error --retry 3 --retry-delay 5 --max-time 15 --output /dev/null --write-out "%{http_code} $url\n" "$url"
        done
        """) with { Name = "Smoke tests" };

    /// <summary>
    /// Puts the previous image back: reverts the release commit (job env <c>RELEASE_COMMIT</c>) and rolls out again. The
    /// product says when: <c>Platform.Rollback with { Needs = [...], If = "failure() &amp;&amp; ...", Env = ... }</c>.
    /// No environment: a rollback must not wait for the reviewers that guard a deploy.
    /// </summary>
    public static Job Rollback => new()
    {
        Name = "Roll back",
        RunsOn = Runner.Ubuntu2404,
        TimeoutMinutes = 20,
        Permissions = new() { Contents = Access.Write },
        Steps =
        [
            SetupArgoCd,
            Step.Run(
                """
                if [ -z "$RELEASE_COMMIT" ]; then
                  echo "No release commit to revert: $TARGET_ENV still runs its previous image"
                  echo "commit=" >> "$GITHUB_OUTPUT"
                  exit 0
                fi

                """ + GitOpsRemote +
                """
                git revert --no-commit "$RELEASE_COMMIT"

                """ + CommitAndPush) with
            {
                Id = "release",
                Name = "Revert the release",
                Env = new() { ["GH_TOKEN"] = GitOpsToken, ["GITOPS_REPOSITORY"] = GitOpsRepository, ["MESSAGE"] = "Roll back ${{ env.SERVICE }} in ${{ env.TARGET_ENV }}: revert ${{ env.RELEASE_COMMIT }}" },
            },
            GradualRollout with { If = "steps.release.outputs.commit != ''" },
        ],
    };

    /// <summary>Uploads the static site in <c>dist/</c> to the CDN origin bucket (repository variable <c>SITE_BUCKET</c>).</summary>
    public static RunStep UploadSiteToCdn => Step.Run("aws s3 sync dist \"s3://$SITE_BUCKET\" --delete --cache-control max-age=300") with
    {
        Name = "Upload to the CDN origin",
        Env = new() { ["SITE_BUCKET"] = Vars.Get("SITE_BUCKET") },
    };

    /// <summary>Invalidates the CDN's cache (repository variable <c>CDN_DISTRIBUTION_ID</c>), so the new site is served at once.</summary>
    public static RunStep InvalidateCdn => Step.Run("aws cloudfront create-invalidation --distribution-id \"$DISTRIBUTION_ID\" --paths '/*'") with
    {
        Name = "Invalidate the CDN cache",
        Env = new() { ["DISTRIBUTION_ID"] = Vars.Get("CDN_DISTRIBUTION_ID") },
    };
}
