namespace Lede.Metadata;

/// <summary>
/// The most frequent function words of the languages Lede reads (the lexicon's <c>[function-words]</c>, a file a
/// language), indexed: each word with the languages it belongs to.
/// </summary>
internal static class StopWords
{
    public static readonly (string Language, HashSet<string> Words)[] ByLanguage =
        [.. Lexicon.WordLists.Languages.Select(l => (l, new HashSet<string>(Lexicon.WordLists.Words(Lexicon.Section.FunctionWords, l), StringComparer.Ordinal)))];

    /// <summary>Each word with the languages (bits, in <see cref="ByLanguage"/> order) it belongs to: one lookup a word.</summary>
    public static readonly Dictionary<string, byte> Languages = BuildIndex();

    // Per length, first letter and last letter (a to z, or any other as one more), whether a function word has them.
    private const int Letters = 27;
    private static readonly int Longest = Languages.Keys.Max(w => w.Length);
    private static readonly bool[] Ends = BuildEnds();

    /// <summary>
    /// False when no function word has the word's length and first and last letters (lower-cased): most words of a
    /// text are told apart so, before they are lower-cased and looked up in <see cref="Languages"/>.
    /// </summary>
    public static bool MayBe(ReadOnlySpan<char> word)
        => word.Length > 0 && word.Length <= Longest
           && Ends[Key(word.Length, char.ToLowerInvariant(word[0]), char.ToLowerInvariant(word[^1]))];

    private static int Key(int length, char first, char last) => (length * Letters + Letter(first)) * Letters + Letter(last);

    private static int Letter(char c) => c is >= 'a' and <= 'z' ? c - 'a' : Letters - 1;

    private static bool[] BuildEnds()
    {
        var ends = new bool[(Longest + 1) * Letters * Letters];
        foreach (var word in Languages.Keys)
            if (word.Length > 0) ends[Key(word.Length, word[0], word[^1])] = true;
        return ends;
    }

    private static Dictionary<string, byte> BuildIndex()
    {
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int l = 0; l < ByLanguage.Length; l++)
            foreach (var word in ByLanguage[l].Words)
                index[word] = (byte)(index.GetValueOrDefault(word) | (1 << l));
        return index;
    }
}
