using Lede.Content;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Decides whether a text's first line of story reads as its headline: short, one phrase with no final full stop (unless in title case), and
/// either set in title case ("Open Up About Their Miscarriage") or simply shorter than the text that follows it (a
/// headline in sentence case, as German, French or Spanish papers write them).
/// </summary>
internal static class Headline
{
    /// <summary>Headlines run to about 100 characters; 150 leaves room for long ones with a kicker.</summary>
    internal const int MaxChars = 150;

    private const int MaxWords = 24;

    /// <summary>A headline set apart at the head of a text may run to two short sentences ("Virginian could make history. Again.").</summary>
    private const int MaxTwoSentenceChars = 80;

    /// <summary>True when <paramref name="line"/> reads as a headline over <paramref name="next"/>, the story line after it.</summary>
    /// <param name="line">The candidate.</param>
    /// <param name="next">The story's first paragraph after it (a label such as "ABSTRACT." between does not count).</param>
    /// <param name="setApart">
    /// The line opens the text and a blank line sets it (with at most a standfirst) apart from what follows: the layout of
    /// a text that is the story under its headline. Such a line is the headline even in sentence case with a closing full
    /// stop or semicolon, as archives and wire feeds write them ("Flynn says Trump 'absolutely right'.").
    /// </param>
    public static bool Reads(string line, string? next, bool setApart = false)
    {
        if (line.Length is < 8 or > MaxChars || next is null) return false;
        int words = TextMeasure.CountWords(line);
        if (words is < 2 or > MaxWords) return false;
        if (!OpensLikeTitle(line) || BodyStructure.IsListItem(line)) return false;
        if (setApart)
            return line[^1] is not (',' or ':') && (TitleCased(line) || next.Length > line.Length)
                && (!Sentences.HasBreak(line) || line.Length <= MaxTwoSentenceChars && Sentences.Count(line) == 2);
        // A headline is one phrase: no closing comma or colon, no second sentence, and no closing full stop unless it is
        // set in title case (archives and wire feeds end headlines with one: "Obama Power Plant Rules Face Key Test.").
        if (line[^1] is ',' or ';' or ':' || Sentences.HasBreak(line)) return false;
        if (line[^1] == '.' && !line.EndsWith("...", StringComparison.Ordinal) && !TitleCased(line)) return false;
        return TitleCased(line) || next.Length > line.Length;
    }

    // A capital, a digit or an opening quotation mark: a line that starts in lower case is a fragment.
    private static bool OpensLikeTitle(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    /// <summary>Most words of four letters or more start with a capital ("Alec Baldwin and Hilaria Baldwin Open Up About …").</summary>
    internal static bool TitleCased(string line)
    {
        int long_ = 0, capital = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int letters = 0;
            foreach (char c in word) if (char.IsLetter(c)) letters++;
            if (letters < 4) continue;
            long_++;
            var first = word.AsSpan().TrimStart("\"“‘'(«„");
            if (first.Length > 0 && char.IsUpper(first[0])) capital++;
        }
        return long_ >= 2 && capital * 10 >= long_ * 7;
    }
}
