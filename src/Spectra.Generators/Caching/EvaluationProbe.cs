using System.Collections.Concurrent;
using System.Threading;

namespace Spectra.Generators.Caching;

/// <summary>
/// Lets tests and benchmarks see which declarations were evaluated (not served from the cache) and turn the cache
/// off, for the generator runs in their own flow only (an <see cref="AsyncLocal{T}"/>), so tests that run in parallel
/// do not see each other.
/// </summary>
internal static class EvaluationProbe
{
    private static readonly AsyncLocal<Scope?> s_current = new();

    public static bool CacheEnabled => s_current.Value is not { CacheDisabled: true };

    /// <summary>Starts recording evaluations in this flow until disposed.</summary>
    public static Scope Start(bool disableCache = false)
    {
        var scope = new Scope(disableCache, s_current.Value);
        s_current.Value = scope;
        return scope;
    }

    internal static void Evaluated(string kind, string typeName)
    {
        if (s_current.Value is { } scope)
        {
            scope.Evaluations.Enqueue(kind + ":" + typeName);
            scope.BeforeEvaluation?.Invoke();
        }
    }

    internal sealed class Scope(bool cacheDisabled, Scope? outer) : System.IDisposable
    {
        public bool CacheDisabled { get; } = cacheDisabled;

        /// <summary>"kind:Type.Full.Name" per evaluation, in order.</summary>
        public ConcurrentQueue<string> Evaluations { get; } = new();

        /// <summary>Runs as each evaluation starts, e.g. to cancel the run in the middle of one.</summary>
        public System.Action? BeforeEvaluation { get; set; }

        public void Dispose() => s_current.Value = outer;
    }
}
