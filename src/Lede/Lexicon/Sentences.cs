namespace Lede.Lexicon;

/// <summary>
/// The one rule for where sentences end, shared by every part that asks (the HTML pipeline's pruning and scoring, the
/// captions' credits, the plain-text cleaner): a text ends like a sentence when its last character is a full stop, "!",
/// "?", "…", "。" or a closing quotation mark or bracket; a sentence ends inside a line at ". " (or "! ", "? ") before a
/// capital or an opening mark, but not after an initial, an abbreviation or a title ("J. Doe", "U.S. troops", "Dr. Roe";
/// <see cref="Section.Abbreviations"/>).
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = WordLists.Set(Section.Abbreviations);

    /// <summary>True when the text ends like a sentence: a full stop, "!", "?", "…", "。" or a closing quotation mark or bracket.</summary>
    public static bool Ends(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && IsEnding(t[^1]);
    }

    private static bool IsEnding(char last) => last is '.' or '!' or '?' or '"' or '”' or '’' or '»' or '…' or '。' or ')';

    /// <summary>As <see cref="EndsOrIntroduces(string)"/>, from the text's last character that is not whitespace.</summary>
    public static bool EndsOrIntroduces(char last) => IsEnding(last) || last == ':';

    /// <inheritdoc cref="Ends(ReadOnlySpan{char})"/>
    public static bool Ends(string text) => Ends(text.AsSpan());

    /// <summary>True when the text ends like a sentence or with a colon that introduces what follows ("He said:").</summary>
    public static bool EndsOrIntroduces(string text) => Ends(text) || text.AsSpan().TrimEnd().EndsWith(":");

    /// <summary>True when a sentence ends inside the text and another starts.</summary>
    public static bool HasBreak(string text) => NextBreak(text, 0) >= 0;

    /// <summary>How many sentences the text holds: its breaks plus one.</summary>
    public static int Count(string text)
    {
        int count = 1;
        for (int at = NextBreak(text, 0); at >= 0; at = NextBreak(text, at + 1)) count++;
        return count;
    }

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

    // "J.", "Dr.", "U.S.", "Hr.": an initial, an abbreviation, or a word with a dot in it, before the dot.
    private static bool Abbreviation(string text, int dot)
    {
        int start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var word = text.AsSpan(start, dot - start).TrimStart("(\"“'‘");
        if (word.IsEmpty) return false;
        return word.Length == 1 || word.Contains('.') || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
