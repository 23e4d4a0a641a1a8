using Lede.Lexicon;
namespace Lede.Quotes;

/// <summary>
/// Reads to whom and where a quotation was said from the words after its cue: "told Entertainment Tonight" (the
/// addressee), "wrote on Instagram", "said in a statement", "posted via Twitter" (the medium). When the cue's clause
/// names no medium, the sentence before it in the same paragraph may ("She shared the news via Instagram. She wrote, “…”").
/// </summary>
internal static class AddresseeAndMedium
{
    private const int MaxPhrase = 6;

    // Cues whose object is the addressee.
    private static readonly WordSet Addressing = new(
        ["tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "assure", "assured", "warn", "warned", "remind", "reminded"]);

    private static readonly WordSet Prepositions = new(["on", "via", "in", "through", "during"]);

    // Common nouns that name a medium of speech or writing ("in a statement", "during an interview").
    private static readonly WordSet Nouns = new(
        ("statement interview post tweet letter email e-mail speech video podcast caption message release op-ed essay memo "
            + "blog column broadcast appearance conference briefing call note filing affidavit testimony remarks address "
            + "rally debate story book memoir documentary episode show programme program radio television").Split(' '));

    /// <summary>True for cues whose object is whom the words were addressed to ("told", "asked").</summary>
    public static bool IsAddressing(ReadOnlySpan<char> cue) => Addressing.Contains(cue);

    /// <summary>Fills the attribution's addressee and medium from the words after the cue, up to <paramref name="limit"/> (a token index).</summary>
    public static void Read(QuoteText q, Attribution a, int limit)
    {
        if (a.CueToken < 0) return;
        int sentence = q.Sentence[a.CueToken];
        int t = a.CueLast + 1;
        if (t == a.SpeakerFirst) t = a.SpeakerLast + 1;
        if (Addressing.Contains(q.Word(a.CueToken)))
        {
            var (first, last) = Phrase(q, t, limit, sentence);
            if (first >= 0)
            {
                a.Addressee = Slice(q, first, last);
                t = last + 1;
            }
        }
        for (int k = t; k < limit && k < q.Tokens.Length && q.Sentence[k] == sentence && k < t + 2 * MaxPhrase; k++)
        {
            if (q.IsQuoteMark(k)) break;
            if (!q.IsWord(k) || !Prepositions.Contains(q.Word(k))) continue;
            if (TryMedium(q, k + 1, limit, sentence, out var medium))
            {
                a.Medium = medium;
                return;
            }
        }
        if (a.Medium is null) ReadPreviousSentence(q, a, sentence);
    }

    private static void ReadPreviousSentence(QuoteText q, Attribution a, int sentence)
    {
        int t = a.CueToken;
        while (t >= 0 && q.Sentence[t] == sentence) t--;
        // Only a sentence of the same paragraph: a line break between them ends the search.
        if (t < 0 || q.IsChar(t, '\n')) return;
        for (int k = t; k >= 0 && q.Sentence[k] == sentence - 1; k--)
        {
            if (q.IsWord(k) && Prepositions.Contains(q.Word(k)) && q.IsWord(k + 1) && char.IsUpper(q.Word(k + 1)[0])
                && TryMedium(q, k + 1, q.Tokens.Length, sentence - 1, out var medium))
            {
                a.Medium = medium;
                return;
            }
        }
    }

    private static bool TryMedium(QuoteText q, int t, int limit, int sentence, out string medium)
    {
        medium = "";
        var (first, last) = Phrase(q, t, limit, sentence);
        if (first < 0) return false;
        bool named = false, medial = false;
        for (int k = first; k <= last; k++)
        {
            if (!q.IsWord(k)) continue;
            var w = q.Word(k);
            if (char.IsUpper(w[0]) && !PersonWords.IsNotName(w)) named = true;
            if (Nouns.Contains(w)) medial = true;
        }
        if (!named && !medial) return false;
        medium = Slice(q, first, last);
        return true;
    }

    // A phrase: words (and a title's dot) up to punctuation, a quotation mark, or a boundary word.
    private static (int First, int Last) Phrase(QuoteText q, int t, int limit, int sentence)
    {
        int last = -1;
        for (int k = t; k < limit && k < q.Tokens.Length && k < t + MaxPhrase && q.Sentence[k] == sentence; k++)
        {
            if (!q.IsWord(k))
            {
                if (q.IsChar(k, '.') && q.IsWord(k - 1) && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
                break;
            }
            var w = q.Word(k);
            if (k > t && (PersonWords.IsPhraseBoundary(w) || Prepositions.Contains(w))) break;
            if (k == t && PersonWords.IsPhraseBoundary(w) && !(w is "the" or "a" or "an")) return (-1, -1);
            last = k;
        }
        return last < 0 ? (-1, -1) : (t, last);
    }

    private static string Slice(QuoteText q, int first, int last) => q.Text[q.Tokens[first].Start..q.Tokens[last].End];
}
