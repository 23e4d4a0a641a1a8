using Lede.Lexicon;
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

    private static readonly WordShapes Shapes = new(Languages.Keys);

    /// <summary>
    /// False when no function word has the word's length and first and last letters (lower-cased): most words of a
    /// text are told apart so, before they are lower-cased and looked up in <see cref="Languages"/>.
    /// </summary>
    public static bool MayBe(ReadOnlySpan<char> word) => Shapes.MayHold(word);

    private static Dictionary<string, byte> BuildIndex()
    {
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int l = 0; l < ByLanguage.Length; l++)
            foreach (var word in ByLanguage[l].Words)
                index[word] = (byte)(index.GetValueOrDefault(word) | (1 << l));
        return index;
    }
}
