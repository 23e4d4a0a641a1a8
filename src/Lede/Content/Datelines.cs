using Lede.Lexicon;

namespace Lede.Content;

/// <summary>
/// Recognises the short lines around a story that only say who wrote it and when: bylines ("By Jane Doe -
/// 11/18/19") and datelines ("Published Monday, November 18, 2019 8:22AM EST"), in the languages Lede knows.
/// </summary>
internal static class Datelines
{
    private static readonly LabelSet BylineOpeners = LabelSet.Of(Section.BylineOpeners);

    private static readonly HashSet<string> DateLabels = WordLists.Set(Section.DateLabels);

    private static readonly HashSet<string> DateWords = WordLists.Set(Section.DateWords);

    /// <summary>A short line that is a byline: "By Name" and little else.</summary>
    public static bool IsByline(string text)
    {
        if (text.Length > 120) return false;
        var t = text.TrimStart();
        if (!BylineOpeners.MatchAt(t, 0, out int end)) return false;
        var rest = t.AsSpan(end).TrimStart();
        if (rest.IsEmpty) return false;
        // "By Jane Doe", but not "by and large"; "Posted by the Secretary" is a byline whatever follows.
        bool named = char.IsUpper(rest[0]);
        bool explicitOpener = t.AsSpan(0, end).Trim().Contains(' ');
        return (named || explicitOpener) && TextMeasure.CountWords(t) <= 16 && !Sentences.Ends(text);
    }

    /// <summary>A short line made mostly of date and time words, numbers and a label ("Updated").</summary>
    public static bool IsDateline(string text)
    {
        if (text.Length > 100) return false;
        int words = 0, datey = 0;
        bool calendar = false;
        foreach (var word in Words(text))
        {
            words++;
            if (IsLabel(word)) datey++;
            else if (DateWords.Contains(word)) { datey++; calendar |= word.Length > 3 || MonthOrDay(word); }
            else if (IsNumeric(word)) { datey++; calendar |= IsYearOrDate(word); }
        }
        // A real date in it (a month, a weekday, a year or 12/10/2009), and at most one word that is not about the date:
        // "1a etapa: 10 de março – Interlagos" is a schedule line, "10 p.m." a live blog's heading.
        return calendar && datey >= 2 && words <= 14 && words - datey <= 1;
    }

    internal static bool IsLabel(string word) => DateLabels.Contains(word);

    private static bool IsNumeric(string word)
    {
        int digits = 0;
        foreach (char c in word) if (char.IsDigit(c)) digits++;
        return digits > 0 && digits * 2 >= word.Length; // "18", "2019", "8:22AM", "11/18/19", "19th"
    }

    private static bool MonthOrDay(string word) => word.Length == 3 && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("del", StringComparison.OrdinalIgnoreCase) && !word.Equals("est", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("gmt", StringComparison.OrdinalIgnoreCase) && !word.Equals("utc", StringComparison.OrdinalIgnoreCase);

    // "2019", "11/18/19", "12.04.2019" — not "10" or "8:22".
    private static bool IsYearOrDate(string word)
    {
        if (word.Length == 4 && word.All(char.IsDigit)) return word[0] is '1' or '2';
        int separators = word.Count(c => c is '/' or '.' or '-');
        return separators >= 2 && word.Count(char.IsDigit) >= 4;
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (var raw in text.Split([' ', ',', '|', '-', '–', '—', '·', '•', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ':', ';');
            if (word.Length > 0) yield return word;
        }
    }
}
