using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Spectra.Generators.Caching;

/// <summary>
/// Rendered files by the equatable model they were rendered from, process-wide. Within one generator driver the
/// incremental pipeline already skips rendering unchanged models; but every command-line build creates a new driver,
/// and inside the compiler server (which keeps this assembly loaded) this cache lets such a build skip rendering every
/// model it rendered before (seconds at org scale, docs/performance.md). Reusing a result for an equal model is
/// exactly what the pipeline does within a driver, so it is as sound as the pipeline's own caching: rendering is a
/// pure function of the model. Bounded: starts over when full.
/// </summary>
internal sealed class RenderCache<TModel, TRendered>(int capacity)
    where TModel : notnull
{
    private readonly ConcurrentDictionary<TModel, TRendered> _rendered = new(EqualityComparer<TModel>.Default);

    public TRendered GetOrRender(TModel model, Func<TModel, TRendered> render)
    {
        if (!EvaluationProbe.CacheEnabled)
        {
            return render(model);
        }

        if (_rendered.TryGetValue(model, out var rendered))
        {
            return rendered;
        }

        rendered = render(model);
        if (_rendered.Count >= capacity)
        {
            _rendered.Clear();
        }

        _rendered[model] = rendered;
        return rendered;
    }
}
