using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Spectra.Generators.Caching;

/// <summary>
/// A process-unique id per object, for inputs that have no content identity (a reference to another project's
/// compilation in the IDE): such an input matches only itself, so a cache entry that depends on it is reused only while
/// that very object is in use.
/// </summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<object, string> s_ids = new();
    private static long s_next;

    public static string Of(object value) =>
        s_ids.GetValue(value, static _ => "object#" + Interlocked.Increment(ref s_next).ToString(CultureInfo.InvariantCulture));
}
