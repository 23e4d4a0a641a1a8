using System.Buffers;

namespace Lede.Input;

/// <summary>
/// A stack of open elements for <see cref="NestingScanner"/>, on pooled arrays, that counts its elements per
/// bucket of their key: a zero count says at once that no such element is open, which spares a search for
/// the common stray end tag, or for the &lt;p&gt; to close when none is open.
/// </summary>
internal struct ElementStack
{
    private Entry[] _entries;
    private int[] _perBucket;

    public static ElementStack Rent()
    {
        var stack = new ElementStack { _entries = ArrayPool<Entry>.Shared.Rent(64), _perBucket = ArrayPool<int>.Shared.Rent(256) };
        Array.Clear(stack._perBucket, 0, 256);
        return stack;
    }

    public int Count { get; private set; }

    public readonly Entry this[int index] => _entries[index];

    public readonly Entry Top => Count > 0 ? _entries[Count - 1] : default;

    public readonly bool MayHold(ulong key) => _perBucket[Bucket(key)] > 0;

    public void Push(Entry entry)
    {
        if (Count == _entries.Length)
        {
            var bigger = ArrayPool<Entry>.Shared.Rent(_entries.Length * 2);
            _entries.AsSpan().CopyTo(bigger);
            ArrayPool<Entry>.Shared.Return(_entries);
            _entries = bigger;
        }
        _entries[Count++] = entry;
        _perBucket[Bucket(entry.Key)]++;
    }

    public Entry Pop()
    {
        var entry = _entries[--Count];
        _perBucket[Bucket(entry.Key)]--;
        return entry;
    }

    public readonly void Return()
    {
        ArrayPool<Entry>.Shared.Return(_entries);
        ArrayPool<int>.Shared.Return(_perBucket);
    }

    private static int Bucket(ulong key) => (int)(key >> 56);
}

/// <summary>An open element: its name's key, its traits, and (for a dropped one) how deep the kept stack was when it opened.</summary>
internal readonly record struct Entry(ulong Key, TagTraits Traits, int KeptDepth = 0);
