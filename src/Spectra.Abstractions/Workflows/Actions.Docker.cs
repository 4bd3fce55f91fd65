using Spectra.Factories;

namespace Spectra;

public static partial class Actions
{
    /// <summary><c>docker/setup-buildx-action@v3</c>: sets up Docker Buildx.</summary>
    [ActionStep("docker/setup-buildx-action@v3")]
    public static ActionStep DockerSetupBuildx() => ActionSteps.Create("docker/setup-buildx-action@v3");

    /// <summary><c>docker/login-action@v3</c>: logs in to a container registry.</summary>
    /// <param name="registry">The registry, e.g. <c>ghcr.io</c>.</param>
    /// <param name="username">The user name, e.g. <c>${{ github.actor }}</c>.</param>
    /// <param name="password">A secret reference, e.g. <see cref="Secrets.GitHubToken"/>.</param>
    [ActionStep("docker/login-action@v3")]
    public static ActionStep DockerLogin(
        [ActionInput("registry")] string registry,
        [ActionInput("username")] string username,
        [ActionInput("password")] string password) =>
        ActionSteps.Create("docker/login-action@v3", ("registry", registry), ("username", username), ("password", password));

    /// <summary><c>docker/metadata-action@v5</c>: computes image tags and labels.</summary>
    /// <param name="images">Image names, one per line.</param>
    /// <param name="tags">Tag rules, one per line.</param>
    [ActionStep("docker/metadata-action@v5")]
    public static ActionStep DockerMetadata(
        [ActionInput("images")] string images,
        [ActionInput("tags")] string? tags = null) =>
        ActionSteps.Create("docker/metadata-action@v5", ("images", images), ("tags", tags));

    /// <summary><c>docker/build-push-action@v6</c>: builds and optionally pushes an image.</summary>
    /// <param name="context">The build context.</param>
    /// <param name="push">Push the image (an expression such as <c>${{ github.event_name != 'pull_request' }}</c> is allowed).</param>
    /// <param name="tags">Tags, one per line.</param>
    /// <param name="labels">Labels, one per line.</param>
    /// <param name="file">The Dockerfile.</param>
    [ActionStep("docker/build-push-action@v6")]
    public static ActionStep DockerBuildPush(
        [ActionInput("context")] string? context = null,
        [ActionInput("push")] string? push = null,
        [ActionInput("tags")] string? tags = null,
        [ActionInput("labels")] string? labels = null,
        [ActionInput("file")] string? file = null) =>
        ActionSteps.Create("docker/build-push-action@v6", ("context", context), ("push", push), ("tags", tags), ("labels", labels), ("file", file));
}
