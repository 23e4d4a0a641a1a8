namespace Lede.Metadata;

/// <summary>
/// The most frequent function words of the seven Latin-script languages Lede reads, chosen so that each word belongs
/// to one language only (no "de", "a", "en", "die"/"la" overlap kept where it would blur two languages).
/// </summary>
internal static class StopWords
{
    public static readonly (string Language, HashSet<string> Words)[] ByLanguage =
    [
        ("en", Set("the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "as", "his", "on", "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "which", "were", "they", "been", "has", "their", "would", "will", "said", "there", "what", "about", "who", "more")),
        ("de", Set("der", "die", "und", "den", "das", "nicht", "von", "sie", "ist", "des", "sich", "mit", "dem", "dass", "er", "es", "ein", "ich", "auf", "eine", "auch", "als", "zu", "wird", "bei", "noch", "wie", "einem", "über", "einen", "so", "zum", "aber", "vom", "nach", "wurde", "sind", "oder")),
        ("fr", Set("de", "en", "la", "le", "les", "des", "est", "et", "du", "une", "que", "dans", "qui", "pour", "pas", "au", "sur", "ne", "plus", "par", "avec", "sont", "ce", "aux", "mais", "ont", "cette", "été", "elle", "il", "leur", "nous", "vous", "ses", "comme", "où", "était", "très")),
        ("es", Set("de", "en", "la", "el", "los", "las", "del", "y", "que", "por", "una", "para", "con", "se", "su", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "sido", "está", "también", "entre", "cuando", "muy", "sin", "sobre", "hay", "desde", "todo", "donde", "esta")),
        ("it", Set("la", "e", "il", "di", "che", "è", "della", "per", "un", "del", "non", "sono", "alla", "gli", "le", "dei", "una", "nel", "anche", "si", "ha", "da", "questo", "come", "più", "delle", "nella", "dal", "ma", "essere", "degli", "molto", "lo", "stato", "suo", "sulla", "erano", "ci")),
        ("pt", Set("de", "a", "e", "o", "que", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "pelo", "pela")),
        ("nl", Set("de", "het", "een", "van", "en", "dat", "niet", "is", "zijn", "op", "te", "voor", "met", "ook", "aan", "er", "maar", "om", "hij", "als", "bij", "nog", "wordt", "worden", "uit", "werd", "naar", "tot", "heeft", "kan", "dit", "deze", "geen", "wel", "door", "meer", "ze", "wat")),
    ];

    /// <summary>Each word with the languages (bits, in <see cref="ByLanguage"/> order) it belongs to: one lookup a word.</summary>
    public static readonly Dictionary<string, byte> Languages = BuildIndex();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static Dictionary<string, byte> BuildIndex()
    {
        var index = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (int l = 0; l < ByLanguage.Length; l++)
            foreach (var word in ByLanguage[l].Words)
                index[word] = (byte)(index.GetValueOrDefault(word) | (1 << l));
        return index;
    }
}
