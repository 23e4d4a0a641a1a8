using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Recognises a line that is only a time stamp of the page: relative times ("2 hours ago", "vor 3 Stunden", "il y a
/// 2 heures", "hace 2 horas", "2 ore fa", "há 2 horas", "2 uur geleden", "Yesterday"), clock times with a label
/// ("Updated 10:32 AM ET", "Mis à jour à 10h32") and reading times ("5 min read"). Dates with a day, month and year
/// are datelines (<see cref="Content.Datelines"/>), read for the publication date.
/// </summary>
internal static class Timestamps
{
    private const int MaxChars = 60;
    private const int MaxWords = 8;

    /// <summary>Words of time stamps (the lexicon's, every language's); a stamp holds nothing else but numbers and date labels.</summary>
    private static readonly HashSet<string> Words = WordLists.Set(Section.TimeWords);

    /// <summary>Words that make a stamp without a number ("Yesterday", "just now").</summary>
    private static readonly HashSet<string> Anchors = WordLists.Set(Section.TimeAnchors);

    /// <summary>True when the line is a time stamp and nothing else.</summary>
    public static bool IsTimestamp(string text)
    {
        if (text.Length > MaxChars) return false;
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var anchors = Anchors.GetAlternateLookup<ReadOnlySpan<char>>();
        int count = 0;
        bool anchored = false, number = false, timeWord = false;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(Separators);
            var word = (end < 0 ? rest : rest[..end]).Trim(".:;");
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty) continue;
            if (++count > MaxWords) return false;
            if (word.IndexOfAnyInRange('0', '9') >= 0)
            {
                if (!IsClockOrNumber(word)) return false;
                // A clock ("10:32", "10h32") is a time by itself; a bare number ("5", "2019", a table's cell) only beside a unit.
                if (IsClock(word)) anchored = true; else number = true;
                continue;
            }
            if (anchors.Contains(word)) { anchored = true; continue; }
            if (words.Contains(word)) { timeWord = true; continue; }
            if (!Content.Datelines.IsLabel(word.ToString())) return false;
        }
        return anchored || number && timeWord;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" ,|·•()–—");

    // "10:32", "10h32", "14.30", "8:22AM": digits on both sides of a clock's separator.
    private static bool IsClock(ReadOnlySpan<char> word)
    {
        for (int i = 1; i + 1 < word.Length; i++)
            if (word[i] is ':' or '.' or 'h' or 'H' && char.IsAsciiDigit(word[i - 1]) && char.IsAsciiDigit(word[i + 1])) return true;
        return false;
    }

    // "2", "10:32", "10h32", "14.30", "8:22AM", "5min": digits with clock separators and a short unit.
    private static bool IsClockOrNumber(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsAsciiDigit(c) || c is ':' or '.' or 'h' or 'H') continue;
            if (!char.IsLetter(c) || ++letters > 3) return false;
        }
        return true;
    }
}
