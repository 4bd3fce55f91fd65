using CsCheck;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>
/// Random choices for generators written as plain code. Workflow sources have too many interdependent parts
/// (ids that must stay unique, needs that must stay acyclic, expressions that must name existing matrix axes) to
/// read well as nested LINQ over Gen; a Chooser draws from CsCheck's PCG, so seeds still reproduce every case.
/// </summary>
internal sealed class Chooser(PCG pcg)
{
    /// <summary>A uniform integer in [min, max].</summary>
    public int Int(int min, int max) => min + (int)pcg.Next((uint)(max - min + 1));

    public bool Chance(double probability) => pcg.Next(1_000_000) < probability * 1_000_000;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    /// <summary>Picks <paramref name="count"/> distinct items (fewer when there are not enough).</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var picked = new List<T>();
        while (picked.Count < count && pool.Count > 0)
        {
            var index = Int(0, pool.Count - 1);
            picked.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return picked;
    }

    /// <summary>Small counts are much more likely than large ones, so most cases stay small and fast.</summary>
    public int Count(int min, int max) => Chance(0.6) ? Int(min, Math.Min(max, min + 1)) : Int(min, max);
}

/// <summary>
/// A CsCheck generator from a plain function of a <see cref="Chooser"/>. Its size is what CsCheck shrinks towards:
/// the measured value (the source length), so the failure it reports is the shortest failing source it met.
/// </summary>
internal sealed class ChooserGen<T>(Func<Chooser, T> generate, Func<T, int> measure) : Gen<T>
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        var value = generate(new Chooser(pcg));
        size = new Size((ulong)measure(value));
        return value;
    }
}
