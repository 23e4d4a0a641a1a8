using System.Buffers;
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
        var labels = DateLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        var dateWords = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0, datey = 0;
        bool calendar = false;
        for (var rest = text.AsSpan(); NextWord(ref rest, out var word);)
        {
            words++;
            if (labels.Contains(word)) datey++;
            else if (dateWords.Contains(word)) { datey++; calendar |= word.Length > 3 || MonthOrDay(word); }
            else if (IsNumeric(word)) { datey++; calendar |= IsYearOrDate(word); }
            // At most one word that is not about the date: "1a etapa: 10 de março – Interlagos" is a schedule line, "10
            // p.m." a live blog's heading. Neither count goes back, so a second such word (or a fifteenth word) settles it.
            if (words - datey > 1 || words > 14) return false;
        }
        // A real date in it (a month, a weekday, a year or 12/10/2009).
        return calendar && datey >= 2;
    }

    internal static bool IsLabel(string word) => DateLabels.Contains(word);

    private static bool IsNumeric(ReadOnlySpan<char> word)
    {
        int digits = 0;
        foreach (char c in word) if (char.IsDigit(c)) digits++;
        return digits > 0 && digits * 2 >= word.Length; // "18", "2019", "8:22AM", "11/18/19", "19th"
    }

    private static bool MonthOrDay(ReadOnlySpan<char> word) => word.Length == 3 && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("del", StringComparison.OrdinalIgnoreCase) && !word.Equals("est", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("gmt", StringComparison.OrdinalIgnoreCase) && !word.Equals("utc", StringComparison.OrdinalIgnoreCase);

    // "2019", "11/18/19", "12.04.2019" — not "10" or "8:22".
    private static bool IsYearOrDate(ReadOnlySpan<char> word)
    {
        int separators = 0, digits = 0;
        foreach (char c in word)
        {
            if (c is '/' or '.' or '-') separators++;
            if (char.IsDigit(c)) digits++;
        }
        if (word.Length == 4 && digits == 4) return word[0] is '1' or '2';
        return separators >= 2 && digits >= 4;
    }

    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" ,|-–—·•()\n");

    // The next word of the line, split at spaces and separators, without the stops and colons around it.
    private static bool NextWord(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> word)
    {
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordBreaks);
            word = (end < 0 ? rest : rest[..end]).Trim(".:;");
            rest = end < 0 ? default : rest[(end + 1)..];
            if (!word.IsEmpty) return true;
        }
        word = default;
        return false;
    }
}
