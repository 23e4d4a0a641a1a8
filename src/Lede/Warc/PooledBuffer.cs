using System.Buffers;

namespace Lede.Warc;

/// <summary>
/// A growable byte buffer rented from a pool (the shared one unless another is given), reused record after record,
/// never past its cap. Its array can be handed over whole to a document (<see cref="TryHandOver"/>), so that a body
/// read into it need not be copied out; the buffer then rents a new one.
/// </summary>
internal sealed class PooledBuffer(int cap, ArrayPool<byte>? pool = null) : IDisposable
{
    private readonly ArrayPool<byte> _pool = pool ?? ArrayPool<byte>.Shared;
    private byte[] _array = [];

    public int Cap => cap;

    /// <summary>Room for <paramref name="length"/> bytes (at most the cap), keeping the first <paramref name="keep"/>.</summary>
    public Memory<byte> Reserve(int length, int keep = 0)
    {
        if (length > cap)
            throw new ArgumentOutOfRangeException(nameof(length), length, $"over the buffer's cap of {cap} bytes");
        if (_array.Length < length)
        {
            var grown = _pool.Rent(Math.Max(length, (int)Math.Min(cap, 2L * _array.Length)));
            _array.AsSpan(0, keep).CopyTo(grown);
            Return();
            _array = grown;
        }
        return _array.AsMemory(0, length);
    }

    /// <summary>The room after the first <paramref name="used"/> bytes, grown (keeping them) when there is none; empty at the cap.</summary>
    public Span<byte> Room(int used)
    {
        if (used >= cap)
            return [];
        if (_array.Length <= used)
            Reserve(used + 1, used);
        return _array.AsSpan(used, Math.Min(_array.Length, cap) - used);
    }

    /// <summary>The first <paramref name="length"/> bytes.</summary>
    public Memory<byte> Slice(int length) => _array.AsMemory(0, length);

    /// <summary>
    /// Gives up the array <paramref name="memory"/> lies in, when it is this buffer's, to a caller that will return it
    /// to <paramref name="owner"/>, the pool this buffer rents from; false (the buffer unchanged) otherwise.
    /// </summary>
    public bool TryHandOver(ReadOnlyMemory<byte> memory, ArrayPool<byte> owner, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? array)
    {
        array = null;
        if (!ReferenceEquals(owner, _pool) || _array.Length == 0
            || !System.Runtime.InteropServices.MemoryMarshal.TryGetArray(memory, out var segment) || !ReferenceEquals(segment.Array, _array))
            return false;
        (array, _array) = (_array, []);
        return true;
    }

    public void Dispose() => Return();

    private void Return()
    {
        if (_array.Length > 0)
            _pool.Return(_array);
        _array = [];
    }
}
