namespace Lede.Quotes;

/// <summary>
/// A cheap first test for a case-insensitive word list: which lengths its words have for each pair of first and last
/// letters. Most words the quotation stage looks up are in no list ("the" is no pronoun, "Clinton" no title), and this
/// rules most of them out with one table read, before the list hashes the word.
/// </summary>
/// <remarks>
/// Exact for what it rules out: ignoring case keeps a word's length, and an ASCII character matches only itself or
/// its other case. A word that starts or ends with a non-ASCII character always passes (the test reads ASCII only),
/// and so does every word when a listed word starts or ends that way.
/// </remarks>
internal sealed class WordShapes
{
    // Slots of a first or last character: 0–25 for a letter of either case, 26 for any other ASCII character.
    private const int Slots = 27;

    // Bit n of _lengths[first * Slots + last] is set when a listed word of length n (31 standing for 31 and longer)
    // starts with `first` and ends with `last`.
    private readonly uint[] _lengths = new uint[Slots * Slots];
    private readonly bool _passAll;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] >= 128 || word[^1] >= 128)
            {
                _passAll = true;
                continue;
            }
            _lengths[Slot(word[0]) * Slots + Slot(word[^1])] |= Bit(word.Length);
        }
    }

    /// <summary>False when no listed word can equal <paramref name="word"/>, ignoring case.</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return _passAll;
        char first = word[0], last = word[^1];
        if (_passAll || first >= 128 || last >= 128) return true;
        return (_lengths[Slot(first) * Slots + Slot(last)] & Bit(word.Length)) != 0;
    }

    private static int Slot(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 ? letter : 26;
    }

    private static uint Bit(int length) => 1u << Math.Min(length, 31);
}
