namespace Spectra.Generators.Common;

/// <summary>Order-sensitive hash combining (netstandard2.0 has no System.HashCode).</summary>
internal struct HashCombiner
{
    private int _hash;

    public readonly int Value => _hash;

    public void Add<T>(T item)
    {
        unchecked
        {
            _hash = (_hash * 31) + (item?.GetHashCode() ?? 0);
        }
    }
}
