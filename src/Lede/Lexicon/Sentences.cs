namespace Lede.PlainText;

/// <summary>Where sentences end inside a line: ". " (or "! ", "? ") before a capital or a quotation mark, not after an initial or a title ("J. Doe", "Dr. Roe", "U.S. troops").</summary>
internal static class Sentences
{
    /// <summary>True when a sentence ends inside the text and another starts.</summary>
    public static bool HasBreak(string text) => NextBreak(text, 0) >= 0;

    /// <summary>How many sentences the text holds: its breaks plus one.</summary>
    public static int Count(string text)
    {
        int count = 1;
        for (int at = NextBreak(text, 0); at >= 0; at = NextBreak(text, at + 1)) count++;
        return count;
    }

    /// <summary>True when the text ends like a sentence: a full stop, "!", "?", "…" or a closing quotation mark or bracket.</summary>
    public static bool Ends(string text) => Content.PruneBoilerplate.EndsSentence(text);

    private static int NextBreak(string text, int from)
    {
        for (int i = Math.Max(from, 1); i + 2 < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || text[i + 1] != ' ') continue;
            char next = text[i + 2];
            if (!char.IsUpper(next) && next is not ('"' or '“' or '„' or '«' or '‘' or '\'' or '(')) continue;
            if (text[i] == '.' && Abbreviation(text, i)) continue;
            return i;
        }
        return -1;
    }

    // Titles written before a name, in the seven languages ("Dr.", "Hr.", "Mme.", "Sra.", "Dhr.").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "mt", "gen", "sen", "rep", "gov", "lt", "col", "capt", "prof", "rev", "vs",
        "hr", "fr", "nr", "mme", "mlle", "sra", "srta", "sig", "dott", "dhr", "mevr", "ca", "bzw", "etc",
    };

    // "J.", "Dr.", "U.S.", "Hr.": an initial, a title, or a word with a dot in it, before the dot.
    private static bool Abbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var word = text.AsSpan(start, dot - start).TrimStart("(\"“'‘");
        if (word.IsEmpty) return false;
        return word.Length == 1 || word.Contains('.') || Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
