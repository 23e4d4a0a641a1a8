namespace Lede.Lexicon;

/// <summary>
/// A word list read with spans, ignoring case: most words are ruled out by their shape (<see cref="WordShapes"/>), the
/// rest are looked up in an <see cref="AsciiWordTable"/>, and a word with a non-ASCII character in a framework set of
/// the listed words that have one.
/// </summary>
internal sealed class WordSet
{
    private readonly WordShapes _shapes;
    private readonly AsciiWordTable _table;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _others;

    public WordSet(IEnumerable<string> words)
    {
        var all = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        Words = all;
        _shapes = new WordShapes(all);
        _table = new AsciiWordTable(all);
        _others = new HashSet<string>(all.Where(w => !System.Text.Ascii.IsValid(w)), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The listed words.</summary>
    public IReadOnlyCollection<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!_shapes.MayHold(word)) return false;
        int slot = _table.IndexOf(word);
        return slot >= 0 || slot == AsciiWordTable.NotAscii && _others.Set.Count > 0 && _others.Contains(word);
    }
}

/// <summary>A word list with a value per word, read like <see cref="WordSet"/>.</summary>
internal sealed class WordMap<TValue>
{
    private readonly WordShapes _shapes;
    private readonly AsciiWordTable _table;
    private readonly TValue[] _values;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _others;

    public WordMap(IDictionary<string, TValue> words)
    {
        var all = new Dictionary<string, TValue>(words, StringComparer.OrdinalIgnoreCase);
        Words = all.Keys;
        _shapes = new WordShapes(all.Keys);
        _table = new AsciiWordTable(all.Keys);
        _values = new TValue[_table.Size];
        var others = new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in all)
        {
            int slot = _table.IndexOf(word);
            if (slot >= 0) _values[slot] = value;
            else others[word] = value;
        }
        _others = others.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The listed words.</summary>
    public IReadOnlyCollection<string> Words { get; }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        value = default!;
        if (!_shapes.MayHold(word)) return false;
        int slot = _table.IndexOf(word);
        if (slot >= 0)
        {
            value = _values[slot];
            return true;
        }
        return slot == AsciiWordTable.NotAscii && _others.Dictionary.Count > 0 && _others.TryGetValue(word, out value!);
    }
}
