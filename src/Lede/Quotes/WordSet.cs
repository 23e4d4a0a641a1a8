using System.Collections.Frozen;

namespace Lede.Quotes;

/// <summary>A word list read with spans, ignoring case, that rules most words out by their shape before hashing them.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public WordSet(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    /// <summary>The listed words.</summary>
    public IReadOnlyCollection<string> Words => _lookup.Set;

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayHold(word) && _lookup.Contains(word);
}

/// <summary>A word list with a value per word, read like <see cref="WordSet"/>.</summary>
internal sealed class WordMap<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public WordMap(IDictionary<string, TValue> words)
    {
        var map = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(map.Keys);
    }

    /// <summary>The listed words.</summary>
    public IReadOnlyCollection<string> Words => _lookup.Dictionary.Keys;

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (_shapes.MayHold(word)) return _lookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }
}
