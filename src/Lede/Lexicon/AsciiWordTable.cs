namespace Lede.Lexicon;

/// <summary>
/// An open-addressing table of ASCII words, matched ignoring case: the hashing and the comparison are one inlined loop
/// over the word, with no comparer to call. Word lists keep a framework set beside it for their words with a non-ASCII
/// character ("Señora"): ignoring case never pairs a non-ASCII character with an ASCII one, so an ASCII word can only
/// equal an ASCII word.
/// </summary>
internal sealed class AsciiWordTable
{
    /// <summary>What <see cref="IndexOf"/> returns for a word with a non-ASCII character, which the table cannot judge.</summary>
    public const int NotAscii = -2;

    // The listed ASCII words in lower case, at the slot their hash gives or the next free one; at most half the slots
    // are used, so a search for an absent word soon meets an empty slot.
    private readonly string?[] _slots;
    private readonly int _mask;

    public AsciiWordTable(IEnumerable<string> words)
    {
        var ascii = words.Where(w => w.Length > 0 && System.Text.Ascii.IsValid(w)).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        int size = 4;
        while (size < 2 * ascii.Count) size *= 2;
        _slots = new string?[size];
        _mask = size - 1;
        foreach (var word in ascii)
        {
            int slot = (int)Hash(word) & _mask;
            while (_slots[slot] is not null) slot = (slot + 1) & _mask;
            _slots[slot] = word;
        }
    }

    /// <summary>The number of slots, for values kept beside the table by slot.</summary>
    public int Size => _slots.Length;

    /// <summary>The slot of <paramref name="word"/> ignoring case, -1 when it is not listed, or <see cref="NotAscii"/>.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        uint hash = Seed;
        foreach (char c in word)
        {
            if (c >= 128) return NotAscii;
            hash = (hash ^ Fold(c)) * Prime;
        }
        for (int slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry is null) return -1;
            if (entry.Length == word.Length && EqualsFolded(entry, word)) return slot;
        }
    }

    private static bool EqualsFolded(string entry, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (entry[i] != Fold(word[i])) return false;
        }
        return true;
    }

    // FNV-1a over the lower-cased characters.
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    private static uint Hash(string lower)
    {
        uint hash = Seed;
        foreach (char c in lower) hash = (hash ^ c) * Prime;
        return hash;
    }

    // ASCII upper-case letters to lower case; ignoring case in .NET pairs an ASCII letter with its other case only.
    private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
}
