using System;

namespace Spectra;

/// <summary>
/// Marks a static class whose static <see cref="DeploymentEnvironment"/> members are the product's environments.
/// </summary>
/// <remarks>
/// Members are recognised by type: every <see cref="DeploymentEnvironment"/> is an environment (its identity is its
/// declaration, <c>Environments.Prd</c>); an <c>IReadOnlyList&lt;DeploymentEnvironment&gt;</c> named <c>Promotion</c>
/// is the promotion order (<c>Promotion =&gt; [Dev, Tst, Stg, Prd]</c>); a <see cref="GitOpsRepository"/> makes the
/// build write Argo CD applications (one per service and environment, plus an app-of-apps root per environment).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EnvironmentsAttribute : Attribute
{
}
