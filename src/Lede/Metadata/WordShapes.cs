namespace Lede.Metadata;

/// <summary>
/// The shapes of a word list's words — length, first letter and last letter — so that a word of another shape is told
/// apart without lower-casing it or looking it up: most words of a text are. The list's words are lower-case; a word
/// is compared lower-cased a letter at a time (as ToLowerInvariant does for words without surrogates). Letters other
/// than a to z share one slot.
/// </summary>
internal sealed class WordShapes
{
    private const int Letters = 27;

    private readonly int _longest;
    private readonly bool[] _shapes;

    public WordShapes(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).ToList();
        _longest = list.Count == 0 ? 0 : list.Max(w => w.Length);
        _shapes = new bool[(_longest + 1) * Letters * Letters];
        foreach (var word in list) _shapes[Key(word.Length, word[0], word[^1])] = true;
    }

    /// <summary>False when no word of the list has this word's shape: then the list does not hold it.</summary>
    public bool MayHold(ReadOnlySpan<char> word)
        => word.Length > 0 && word.Length <= _longest
           && _shapes[Key(word.Length, char.ToLowerInvariant(word[0]), char.ToLowerInvariant(word[^1]))];

    private static int Key(int length, char first, char last) => (length * Letters + Letter(first)) * Letters + Letter(last);

    private static int Letter(char c) => c is >= 'a' and <= 'z' ? c - 'a' : Letters - 1;
}
