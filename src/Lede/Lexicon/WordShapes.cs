namespace Lede.Lexicon;

/// <summary>
/// A cheap first test for a word list matched ignoring case: which lengths its words have for each pair of first and
/// last characters. Most words a stage looks up are in no list ("the" is no pronoun, "col" no chrome word, "Clinton"
/// no month), and one table read rules most of them out before the list hashes or lower-cases the word. The one shape
/// filter of every word list: the quotation lexicons, class vocabularies, month names and function words.
/// </summary>
/// <remarks>
/// Exact for what it rules out under both ways Lede ignores case (<see cref="StringComparer.OrdinalIgnoreCase"/>, and
/// <see cref="char.ToLowerInvariant(char)"/> then ordinal): ignoring case keeps a word's length; an ASCII letter
/// matches only itself or its other case; the other ASCII characters share one slot, and the non-ASCII characters
/// another. The few non-ASCII characters that case-map to ASCII (the Kelvin sign, a dotted capital
/// I, a long s) are let through as ends of a probed word, and a listed word that ends in one lets every word through.
/// </remarks>
internal sealed class WordShapes
{
    // Slots of a first or last character: 0–25 for a letter of either case, 26 for any other ASCII character, 27 for
    // a non-ASCII one.
    private const int Slots = 28;

    // Bit n of _lengths[first * Slots + last] is set when a listed word of length n (31 standing for 31 and longer)
    // starts with `first` and ends with `last`; every bit, when a listed word lets every word through.
    private readonly uint[] _lengths = new uint[Slots * Slots];
    private readonly bool _holdsEmpty;

    public WordShapes(IEnumerable<string> words)
    {
        bool passAll = false;
        foreach (var word in words)
        {
            if (word.Length == 0)
                _holdsEmpty = true;
            else if (MapsToAscii(word[0]) || MapsToAscii(word[^1]))
                passAll = true;
            else
                _lengths[Slot(word[0]) * Slots + Slot(word[^1])] |= Bit(word.Length);
        }
        if (passAll) Array.Fill(_lengths, uint.MaxValue);
    }

    /// <summary>False when no listed word can equal <paramref name="word"/>, ignoring case.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return _holdsEmpty;
        char first = word[0], last = word[^1];
        // Most words are ASCII at both ends: one table read each.
        if ((first | last) < 128)
            return (_lengths[AsciiSlots[first] * Slots + AsciiSlots[last]] & Bit(word.Length)) != 0;
        return MapsToAscii(first) || MapsToAscii(last) || (_lengths[Slot(first) * Slots + Slot(last)] & Bit(word.Length)) != 0;
    }

    private static readonly byte[] AsciiSlots = [.. Enumerable.Range(0, 128).Select(c => (byte)Slot((char)c))];

    private static int Slot(char c)
    {
        if (c >= 128) return 27;
        int letter = (c | 0x20) - 'a';
        return (uint)letter < 26 ? letter : 26;
    }

    // A non-ASCII character whose other case is ASCII ('K' the Kelvin sign lowers to 'k', 'ı' uppers to 'I').
    private static bool MapsToAscii(char c) => c >= 128 && (char.ToLowerInvariant(c) < 128 || char.ToUpperInvariant(c) < 128);

    private static uint Bit(int length) => 1u << Math.Min(length, 31);
}
