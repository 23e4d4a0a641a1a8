using System.Buffers;
using Lede.Lexicon;

namespace Lede.Figures;

/// <summary>
/// Splits a caption's text into the caption proper and its credit: a leading label ("Image source: Instagram/ Hilaria
/// Baldwin", "Foto: dpa"), a trailing parenthesis ("(Getty Images)"), a labelled tail ("… Photograph: Jane Doe/Shutterstock",
/// "… Crédit photo : AFP") or an unlabelled agency tail ("… REUTERS/Kevin Lamarque"). Labels and agencies come from
/// <see cref="Lexicon.CreditWords"/>; the label itself is never part of the credit.
/// </summary>
internal static class CaptionSplitter
{
    /// <summary>A credit longer than this is a sentence, not a name.</summary>
    private const int MaxCreditChars = 100;

    /// <summary>A credit of more words than this is a sentence, not a name ("Kevin Lamarque for The New York Times" is seven).</summary>
    private const int MaxCreditWords = 10;

    /// <summary>The caption without its credit, and the credit without its label; either may be null.</summary>
    /// <param name="text">The caption's text.</param>
    /// <param name="strict">
    /// For text that may be story (a paragraph under a picture): a label in the middle counts only after a sentence
    /// end or a separator, so "the source: a survey" stays text. A caption element's text is read leniently, since its
    /// credit part often follows without punctuation ("Crowds at dawn Photo: Jane Doe").
    /// </param>
    public static (string? Caption, string? Credit) Split(string? text, bool strict = false)
    {
        var t = Clean(text);
        if (t.Length == 0) return (null, null);

        if (MatchLabel(t, 0, out int end, out bool always))
        {
            var rest = Clean(t[end..]);
            if (always || IsNameLike(rest)) return (null, CreditText(rest));
            t = rest; // "PHOTO: Crowds gather at dawn." — the label opens the caption; a credit may still follow
        }
        if (TrailingParenthesis(t) is { } paren) return paren;
        if (TrailingPhrase(t) is { } phrase) return phrase;
        if (LabelledTail(t, strict) is { } labelled) return labelled;
        if (UnlabelledTail(t) is { } tail) return tail;
        if (LooksLikeCredit(t)) return (null, CreditText(t));
        return (NullIfEmpty(t), null);
    }

    /// <summary>The text of an element the page marks as a credit, without its label ("Photo: Jane Doe" gives "Jane Doe").</summary>
    public static string? CleanCredit(string? text)
    {
        var t = Clean(text);
        if (t.Length > 2 && ((t[0] == '(' && t[^1] == ')') || (t[0] == '[' && t[^1] == ']'))) t = Clean(t[1..^1]);
        if (MatchLabel(t, 0, out int end, out _)) t = Clean(t[end..]);
        return CreditText(t);
    }

    /// <summary>True when the whole text is a credit with no caption: a label and a name, or an agency credit.</summary>
    public static bool IsCreditOnly(string? text)
    {
        var (caption, credit) = Split(text);
        return caption is null && credit is not null;
    }

    /// <summary>An unlabelled text that reads as a credit: a short name-like phrase naming an agency, or "Name/Agency".</summary>
    public static bool LooksLikeCredit(string text)
        => text.Length <= MaxCreditChars && IsNameLike(text) && (HasAgency(text) || HasNameSlash(text));

    // "(Getty Images)", "(Photo: Jane Doe)", "(AP Photo/Evan Vucci)", "[File: Reuters]" closing the caption.
    private static (string?, string?)? TrailingParenthesis(string t)
    {
        if (t.Length < 3 || t[^1] is not (')' or ']')) return null;
        int open = MatchingOpen(t);
        if (open < 0) return null;
        var inner = Clean(t[(open + 1)..^1]);
        string? credit = null;
        if (MatchLabel(inner, 0, out int end, out bool always))
        {
            var rest = Clean(inner[end..]);
            if (always || IsNameLike(rest)) credit = rest;
        }
        else if (LooksLikeCredit(inner) || EndsWithCreditPhrase(inner) == 0)
        {
            credit = inner;
        }
        if (string.IsNullOrEmpty(credit)) return null;
        return (NullIfEmpty(TrimSeparators(t[..open])), CreditText(credit));
    }

    // The bracket that opens the one closing the text, nesting counted: "(Photos by A (left) and B/AP)".
    private static int MatchingOpen(string t)
    {
        char close = t[^1], open = close == ')' ? '(' : '[';
        int depth = 0;
        for (int i = t.Length - 1; i >= 0; i--)
        {
            if (t[i] == close) depth++;
            else if (t[i] == open && --depth == 0) return i;
        }
        return -1;
    }

    // "Christopher Battin Submitted photo": a credit phrase closing the caption.
    private static (string?, string?)? TrailingPhrase(string t)
    {
        int at = EndsWithCreditPhrase(t);
        if (at < 0) return null;
        return (NullIfEmpty(TrimSeparators(t[..at])), CreditText(t[at..]));
    }

    // Where a credit phrase of the lexicon that closes the text starts; -1 when none does.
    private static int EndsWithCreditPhrase(string t)
    {
        var trimmed = t.AsSpan().TrimEnd(". ");
        foreach (var phrase in CreditWords.CreditPhrases)
        {
            if (!trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
            int at = trimmed.Length - phrase.Length;
            if (at == 0 || !char.IsLetterOrDigit(trimmed[at - 1])) return at;
        }
        return -1;
    }

    // "Waves break over the pier. Photo: Jane Doe/Reuters" — a label after a sentence end, a bar or a dash.
    private static (string?, string?)? LabelledTail(string t, bool strict)
    {
        for (int k = 1; k < t.Length; k++)
        {
            if (!(TextIsSpace(t[k - 1]) || t[k - 1] is '(' or '[') || !StartsLabelHere(t, k)) continue;
            if (!MatchLabel(t, k, out int end, out bool always)) continue;
            bool strongLabel = t[k] == '©' || (!strict && t[end - 1] is ':' or '：');
            if (!strongLabel && !AfterBoundary(t, k)) continue; // "una foto de la playa" is text, not a credit
            var rest = Clean(t[end..]);
            if (rest.Length == 0 || !(always || IsNameLike(rest))) continue;
            return (NullIfEmpty(TrimSeparators(t[..k])), CreditText(rest));
        }
        return null;
    }

    // "Protesters march in Paris. REUTERS/Kevin Lamarque", "The pier at dawn | Getty Images".
    private static (string?, string?)? UnlabelledTail(string t)
    {
        for (int k = t.Length - 2; k > 0; k--)
        {
            if (!TextIsSpace(t[k]) || !AfterBoundary(t, k + 1)) continue;
            var tail = Clean(t[(k + 1)..]);
            if (!LooksLikeCredit(tail)) return null; // only the last segment may be a credit
            return (NullIfEmpty(TrimSeparators(t[..k])), CreditText(tail));
        }
        return null;
    }

    // Only where a word starts: a letter after a non-letter, or the '©' and '(' that open some labels.
    private static bool StartsLabelHere(string t, int k) => char.IsLetter(t[k]) || t[k] is '©' or '(';

    // The text before k ends a sentence or a segment: ". ", "! ", "| ", "– ", "— ", "- ", "; ", ", ", ": ".
    private static bool AfterBoundary(string t, int k)
    {
        int p = k - 1;
        while (p >= 0 && TextIsSpace(t[p])) p--;
        return p >= 0 && t[p] is '.' or '!' or '?' or '|' or '–' or '—' or '-' or ';' or ',' or ':' or ')' or ']' or '•' or '·';
    }

    /// <summary>Matches a credit or picture label at <paramref name="at"/>; <paramref name="always"/> when its rest is always a credit.</summary>
    internal static bool MatchLabel(string text, int at, out int end, out bool always)
    {
        always = CreditWords.CreditLabels.MatchAt(text, at, out end);
        return always || CreditWords.PictureLabels.MatchAt(text, at, out end);
    }

    /// <summary>
    /// Short, and every word capitalised, an acronym, a number or a connector ("via", "de", "for"): "Jane Doe/Reuters",
    /// "AFP via Getty Images", "Instagram/ Hilaria Baldwin", "dpa". "Crowds gather at dawn" is not.
    /// </summary>
    internal static bool IsNameLike(string text)
    {
        if (text.Length == 0 || text.Length > MaxCreditChars) return false;
        int words = 0;
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i])) i++;
            if (i >= span.Length) break;
            int start = i;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] is '\'' or '’' or '.' && i + 1 < span.Length && char.IsLetter(span[i + 1])))
                i++;
            var word = span[start..i];
            if (++words > MaxCreditWords) return false;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) continue;
            if (!CreditWords.NameConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !IsAgencyWord(word)) return false;
        }
        return words > 0 && !HoldsSentence(text);
    }

    private static bool IsAgencyWord(ReadOnlySpan<char> word)
        => CreditWords.AgencyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // A name may end with an initial's dot ("Jane D."), not with a sentence's "!" or "?", nor hold a sentence break.
    private static bool HoldsSentence(string text) => text[^1] is '!' or '?' || Sentences.HasBreak(text);

    // Every agency, and every acronym, looked for anywhere in the text at once: most texts hold none, and the whole-word
    // checks one by one run only for those that hold one.
    private static readonly SearchValues<string> AgencyText = SearchValues.Create([.. CreditWords.Agencies], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AcronymText = SearchValues.Create([.. CreditWords.AgencyAcronyms], StringComparison.Ordinal);

    private static bool HasAgency(string text)
    {
        if (text.AsSpan().ContainsAny(AgencyText))
            foreach (var agency in CreditWords.Agencies)
                if (ContainsWord(text, agency, StringComparison.OrdinalIgnoreCase)) return true;
        if (text.AsSpan().ContainsAny(AcronymText))
            foreach (var acronym in CreditWords.AgencyAcronyms)
                if (ContainsWord(text, acronym, StringComparison.Ordinal) && !AfterComma(text, acronym)) return true;
        return false;
    }

    // "Allentown, PA": capitals after a comma are a place's state or country, not an agency.
    private static bool AfterComma(string text, string acronym)
    {
        int at = text.LastIndexOf(acronym, StringComparison.Ordinal);
        return at >= 2 && text[at - 1] == ' ' && text[at - 2] == ',';
    }

    private static bool ContainsWord(string text, string word, StringComparison comparison)
    {
        for (int at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int end = at + word.Length;
            bool endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }

    // "Jane Doe/Reuters", "Instagram/ Hilaria Baldwin": a capitalised name on each side of a slash. A credit names one
    // to three sources; more slashes make a list ("Bulgaria/Israel/Hungary/Romania").
    private static bool HasNameSlash(string text)
    {
        if (text.Count(c => c == '/') > 2) return false;
        for (int at = text.IndexOf('/'); at > 0; at = text.IndexOf('/', at + 1))
        {
            int before = at - 1, after = at + 1;
            while (before >= 0 && TextIsSpace(text[before])) before--;
            while (after < text.Length && TextIsSpace(text[after])) after++;
            if (before >= 0 && char.IsLetter(text[before]) && after < text.Length && char.IsUpper(text[after])) return true;
        }
        return false;
    }

    private static string TrimSeparators(string text) => text.Trim().TrimEnd('|', '–', '—', '-', ';', ',', '/', '•', '·', ' ', '\u00A0').Trim();

    // Whitespace collapsed and trimmed, with a trailing full stop after a credit's name removed by callers as needed.
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        if (TextMeasure.IsCollapsedAndTrimmed(text)) return text; // most captions and paragraphs are: no copy
        var sb = new System.Text.StringBuilder(text.Length);
        TextMeasure.AppendCollapsed(sb, text);
        return sb.ToString().Trim();
    }

    // A credit without separators around it or a closing full stop ("Jane Doe/Reuters." gives "Jane Doe/Reuters"),
    // keeping an initial's ("Jane D.").
    private static string? CreditText(string text)
    {
        var t = text.Trim().Trim('|', '–', '—', ';', ',', ' ').Trim();
        if (t.Length > 2 && t[^1] == '.' && !(char.IsUpper(t[^2]) && (t.Length == 2 || !char.IsLetter(t[^3])))) t = t[..^1].TrimEnd();
        return NullIfEmpty(t);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TextIsSpace(char c) => TextMeasure.IsSpace(c);
}
