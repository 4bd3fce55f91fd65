using System;
using System.Security.Cryptography;
using System.Text;

namespace Spectra.Generators.Caching;

/// <summary>
/// SHA-256 over a sequence of strings and numbers, as hex. Cache keys must not collide (a collision would reuse a
/// wrong result), so this is a cryptographic hash, not <see cref="object.GetHashCode"/>.
/// </summary>
internal sealed class ContentHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[256];

    /// <summary>Appends the text and a separator, so ("ab", "c") and ("a", "bc") hash differently.</summary>
    public void Add(string text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        if (_buffer.Length < needed)
        {
            _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, 0, text.Length, _buffer, 0);
        _buffer[length] = 0xFF; // never produced by UTF-8
        _hash.AppendData(_buffer, 0, length + 1);
    }

    public void Add(int number)
    {
        _buffer[0] = (byte)number;
        _buffer[1] = (byte)(number >> 8);
        _buffer[2] = (byte)(number >> 16);
        _buffer[3] = (byte)(number >> 24);
        _hash.AppendData(_buffer, 0, 4);
    }

    public string Finish() => ToHex(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    public static string ToHex(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
