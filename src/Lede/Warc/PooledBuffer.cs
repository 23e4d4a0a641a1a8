using System.Buffers;

namespace Lede.Warc;

/// <summary>A growable byte buffer rented from the shared pool, reused record after record, never past its cap.</summary>
internal sealed class PooledBuffer(int cap) : IDisposable
{
    private byte[] _array = [];

    public int Cap => cap;

    /// <summary>Room for <paramref name="length"/> bytes (at most the cap), keeping the first <paramref name="keep"/>.</summary>
    public Memory<byte> Reserve(int length, int keep = 0)
    {
        if (length > cap)
            throw new ArgumentOutOfRangeException(nameof(length), length, $"over the buffer's cap of {cap} bytes");
        if (_array.Length < length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(length, (int)Math.Min(cap, 2L * _array.Length)));
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

    public void Dispose() => Return();

    private void Return()
    {
        if (_array.Length > 0)
            ArrayPool<byte>.Shared.Return(_array);
        _array = [];
    }
}
