using Lede.Lexicon;

namespace Lede.Figures;

/// <summary>
/// The one reader of a promo line that points to another story, for pages and texts alike: a label of
/// <see cref="RelatedLabels"/> ("Related", "Also Read", "Read more", "Lire aussi", "Lesen Sie auch", …), a separator
/// (":", "|", "»", a spaced dash) and the story's title, with its address when the scrape kept one.
/// </summary>
internal static class RelatedLine
{
    /// <summary>A line longer than this is a paragraph, whatever its first words.</summary>
    private const int MaxChars = 250;

    /// <summary>The label and separator sit in the line's first characters ("Das könnte Sie auch interessieren:" is 34).</summary>
    private const int MaxLabelChars = 45;

    /// <summary>The related link the line stands for; null when it is not a promo line.</summary>
    public static RelatedLink? Read(string text)
    {
        if (text.Length > MaxChars || !RelatedLabels.Opens(text)) return null;
        int separator = SeparatorEnd(text);
        if (separator < 0) return null;
        var rest = text[separator..].Trim().Trim('"', '“', '”', '«', '»', '„', '\'', ' ');
        string? url = null;
        if (FindUrl(rest, out int start, out int end))
        {
            url = rest[start..end].TrimEnd('.', ',', ')', ']');
            rest = (rest[..start] + rest[end..]).Trim().Trim('(', ')', '[', ']', '-', '–', '—', '|', ':', ' ');
        }
        if (rest.Length == 0) return url is null ? null : new RelatedLink(url, url, RelatedPlacement.Inline);
        if (TextMeasure.CountWords(rest) < 2) return null;
        return new RelatedLink(rest, url, RelatedPlacement.Inline);
    }

    // Where the title starts: after the first separator that follows the label ("Related: ", "READ MORE | ", "Lire aussi : ",
    // "See also — "); a hyphen counts only with spaces around it, so "Related-party deals" is no promo.
    private static int SeparatorEnd(string text)
    {
        int limit = Math.Min(text.Length - 1, MaxLabelChars);
        for (int i = 1; i < limit; i++)
        {
            char c = text[i];
            if (c is ':' or '|' or '»' or '>' or '›' or '：') return i + 1;
            if (c is '-' or '–' or '—' && text[i - 1] == ' ' && text[i + 1] == ' ') return i + 1;
            if (c is '.' or '!' or '?' or ',') return -1; // a sentence, not a label
        }
        return -1;
    }

    private static bool FindUrl(string text, out int start, out int end)
    {
        start = text.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        if (start < 0) start = text.IndexOf("https://", StringComparison.OrdinalIgnoreCase);
        if (start < 0) start = text.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        end = start;
        if (start < 0 || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '<'))) return false;
        end = text.IndexOfAny([' ', '>', '\t'], start);
        if (end < 0) end = text.Length;
        return true;
    }
}
