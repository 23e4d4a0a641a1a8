namespace Lede.Lexicon;

/// <summary>
/// The one way Lede matches a label of the lexicon against a line (promos, related labels, widget openers, credit and
/// picture labels, byline openers), so the HTML pipeline and the plain-text cleaner agree on every label:
/// <list type="bullet">
/// <item>case is ignored; a space in a label stands for any run of whitespace, and a colon for a colon with or without
/// whitespace before it ("crédit photo:" reads "Crédit photo : AFP", "partager:" reads "Partager :");</item>
/// <item>a label that ends in a letter or digit must end a word: "subscribe" opens "Subscribe to our newsletter" but not
/// "Subscribers said", "related" opens "Related stories" but not "Relatedly";</item>
/// <item>of several labels that match, the longest wins ("courtesy of" before "courtesy").</item>
/// </list>
/// </summary>
internal sealed class LabelSet
{
    // The labels by their first character, longest first: a position is compared only with the labels that could open there.
    // Labels are tried at every word of a line, so the ASCII first characters are looked up in an array, not hashed.
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly string[]?[] _byAsciiFirst = new string[]?[128];

    public LabelSet(IEnumerable<string> labels)
    {
        _byFirst = labels
            .Select(l => l.ToLowerInvariant())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(l => l[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToArray());
        foreach (var (first, candidates) in _byFirst)
            if (first < 128) _byAsciiFirst[first] = candidates;
    }

    /// <summary>The labels of one section of the lexicon.</summary>
    public static LabelSet Of(params Section[] sections) => new(sections.SelectMany(WordLists.Words));

    /// <summary>True when a label opens the text (after its leading whitespace).</summary>
    public bool Opens(string text)
    {
        int at = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return MatchAt(text, at, out _);
    }

    /// <summary>True when the whole text, but for whitespace and closing punctuation (":", ".", "!", "…"), is a label.</summary>
    public bool IsWhole(string text)
    {
        var whole = text.Trim().TrimEnd(ClosingPunctuation);
        return whole.Length > 0 && MatchAt(whole, 0, out int end) && end == whole.Length;
    }

    private static readonly char[] ClosingPunctuation = [':', '.', '!', '…', '：', ' ', '\t', '\u00A0'];

    /// <summary>Matches the longest label that opens at <paramref name="at"/>; <paramref name="end"/> is just past it.</summary>
    public bool MatchAt(string text, int at, out int end)
    {
        end = at;
        if (at >= text.Length || Candidates(char.ToLowerInvariant(text[at])) is not { } candidates) return false;
        // Most positions match no label past the first letter: the second is compared before a label is read through.
        char second = at + 1 < text.Length ? char.ToLowerInvariant(text[at + 1]) : '\0';
        foreach (var label in candidates)
        {
            if (label.Length > 1 && label[1] is not (' ' or ':') && label[1] != second) continue;
            if (MatchOne(text, at, label, out end)) return true;
        }
        end = at;
        return false;
    }

    private string[]? Candidates(char first) => first < 128 ? _byAsciiFirst[first] : _byFirst.GetValueOrDefault(first);

    private static bool MatchOne(string text, int at, string label, out int end)
    {
        end = at;
        int i = at;
        foreach (char l in label)
        {
            if (l == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i])) return false;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            }
            else if (l == ':')
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i >= text.Length || text[i] is not (':' or '：')) return false;
                i++;
            }
            else
            {
                if (i >= text.Length || char.ToLowerInvariant(text[i]) != l) return false;
                i++;
            }
        }
        // A label that ends in a letter or a digit must end a word: "Copyrighted" is not "Copyright".
        if (char.IsLetterOrDigit(label[^1]) && i < text.Length && char.IsLetterOrDigit(text[i])) return false;
        end = i;
        return true;
    }
}
