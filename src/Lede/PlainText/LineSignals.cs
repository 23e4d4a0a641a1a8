using Lede.Lexicon;
using Lede.Metadata;

namespace Lede.PlainText;

/// <summary>
/// Signals in a line's words that the line model weighs beside its shape: a date or a clock time in it (comments,
/// teasers and datelines carry them; a paragraph of story seldom does), a short label before a colon ("Photo:",
/// "jdoe says:"), and the heading of a page's comments ("34 responses to …", "Comments (12)", "Kommentare"), after
/// which nothing is story.
/// </summary>
internal static class LineSignals
{
    /// <summary>A label before a colon is at most this many words.</summary>
    private const int MaxLabelWords = 4;

    /// <summary>A comments heading is a short line: a count, the word, perhaps the story's title.</summary>
    private const int MaxHeadingChars = 160;

    /// <summary>Words that name a page's comments, per language (singular and plural).</summary>
    private static readonly HashSet<string> CommentWords = WordLists.Set(Section.CommentWords);

    /// <summary>True when the line holds a clock time ("6:34 am", "10h32", "14.30 Uhr") or a date with a month name or in figures ("Nov. 19, 2019", "19/11/2019", "2019-11-19").</summary>
    /// <summary>
    /// The first characters of a line where a date or time heads what follows: a reader's comment ("jdoe says: November
    /// 19, 2019 at 6:34 am It's a good …"), a dated teaser. Past them, a date is part of the sentence.
    /// </summary>
    public const int HeaderChars = 60;

    /// <summary>"Most commented story (185)", "Politics (12)": a teaser or a category with its count.</summary>
    public static bool EndsWithCount(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length < 4 || t[^1] != ')') return false;
        int open = t.LastIndexOf('(');
        if (open < 1 || t.Length - open - 2 is < 1 or > 6) return false;
        foreach (char c in t[(open + 1)..^1])
            if (!char.IsAsciiDigit(c) && c is not (',' or '.')) return false;
        return true;
    }

    public static bool HasDateOrTime(string text)
    {
        int digitsRun = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { digitsRun++; continue; }
            if (digitsRun is >= 1 and <= 2 && c is ':' or 'h' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3]))) return true;
            if (digitsRun is >= 1 and <= 4 && c is '/' or '-' or '.' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1])
                && NumericDate(text, i - digitsRun)) return true;
            digitsRun = 0;
        }
        return MonthBesideNumber(text);
    }

    // "19/11/2019", "2019-11-19", "19.11.2019": three runs of digits, one of four or the last of two, joined by one separator.
    private static bool NumericDate(string text, int start)
    {
        var parts = new List<int>(3);
        int i = start, run = 0;
        char separator = '\0';
        for (; i < text.Length && parts.Count < 3; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { run++; continue; }
            if (run == 0 || (separator != '\0' && c != separator) || c is not ('/' or '-' or '.')) break;
            separator = c;
            parts.Add(run);
            run = 0;
        }
        if (run > 0) parts.Add(run);
        return parts.Count == 3 && parts.TrueForAll(p => p <= 4) && (parts[0] == 4 || parts[2] is 2 or 4) && (i >= text.Length || !char.IsAsciiDigit(text[i]));
    }

    private static bool MonthBesideNumber(string text)
    {
        bool previousNumber = false, previousMonth = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.AsSpan().Trim(".,;()");
            bool number = w.Length is > 0 and <= 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[^1]);
            bool month = !number && w.Length >= 3 && MonthNames.Month(w) > 0;
            if (number && previousMonth || month && previousNumber) return true;
            previousNumber = number;
            previousMonth = month;
        }
        return false;
    }

    /// <summary>True when the line opens with a short label and a colon: "Photo: …", "jdoe says: …", "Related: …".</summary>
    public static bool OpensWithLabel(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon > 60 || (colon + 1 < text.Length && char.IsAsciiDigit(text[colon + 1]))) return false;
        return TextMeasure.CountWords(text.AsSpan(0, colon)) is > 0 and <= MaxLabelWords;
    }

    /// <summary>True when the line heads a page's comments: a comment word with a count ("34 responses to …", "Comments (12)") or alone ("Kommentare").</summary>
    public static bool IsCommentsHeading(string text)
    {
        if (text.Length > MaxHeadingChars) return false;
        bool number = false, word = false;
        int words = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.AsSpan().Trim("()[]:.,!\"“”");
            if (t.IsEmpty) continue;
            words++;
            if (words <= 3 && t.Length <= 6 && IsAllDigits(t)) number = true;
            if (words <= 3 && CommentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t)) word = true;
        }
        return word && (number || words <= 2);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> t)
    {
        foreach (char c in t) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
