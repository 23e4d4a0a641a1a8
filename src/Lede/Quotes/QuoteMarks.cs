namespace Lede.Quotes;

/// <summary>
/// The quotation marks of the languages Lede reads, and how a mark's neighbours tell an opening mark from a closing
/// one, and a quotation mark from an apostrophe.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsMark(char c) => c is '"' or '\'' or '“' or '”' or '„' or '‟' or '‘' or '’' or '‚' or '«' or '»' or '‹' or '›';

    /// <summary>The characters <see cref="IsMark"/> accepts, for searching a text for the next one.</summary>
    public const string Marks = "\"'“”„‟‘’‚«»‹›";

    /// <summary>True for single marks (‘ ’ ‚ ' ‹ ›), which quote inside a quotation in English.</summary>
    public static bool IsSingle(char c) => c is '\'' or '‘' or '’' or '‚' or '‹' or '›';

    /// <summary>
    /// Whether <paramref name="close"/> can close a quotation opened with <paramref name="open"/>: “…” "…" „…“ „…” «…» »…«
    /// ‘…’ '…' ‚…‘ ‚…’ ‹…› ›…‹.
    /// </summary>
    public static bool Closes(char open, char close) => open switch
    {
        '“' => close is '”' or '"',
        '"' => close is '"' or '”',
        '„' => close is '“' or '”' or '"',
        '‟' => close is '”',
        '«' => close == '»',
        '»' => close == '«',
        '‘' => close is '’' or '\'',
        '\'' => close is '\'' or '’',
        '‚' => close is '‘' or '’',
        '‹' => close == '›',
        '›' => close == '‹',
        _ => false,
    };

    /// <summary>True when the mark sits where a quotation opens: after a space, the start, or an opening bracket or mark, and before a word.</summary>
    public static bool OpensHere(string text, int i)
    {
        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        // French sets its guillemets off with a space: « oui ».
        if (char.IsWhiteSpace(after) && text[i] != '«') return false;
        // `name="value"` is markup or code, not speech.
        if (before == '=') return false;
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' || IsMark(before);
    }

    /// <summary>True when a single mark at <paramref name="i"/> is an apostrophe: inside a word (don’t), or an elision before digits (’90s).</summary>
    public static bool IsApostrophe(string text, int i)
    {
        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) return true;
        return char.IsDigit(after) && !char.IsLetterOrDigit(before);
    }
}
