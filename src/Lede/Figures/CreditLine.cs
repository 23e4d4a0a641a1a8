using Lede.Lexicon;

namespace Lede.Figures;

/// <summary>
/// The one credit matcher of both paths: reads a line that stands for a picture — a credit ("(Image source: Instagram/
/// Jane Doe)", "Photo: Jane Doe/Reuters", "Foto: dpa", "(Getty Images)", "© Jane Doe"), a caption with its credit
/// ("Crowds at dawn. (AFP)") or a labelled caption ("Photo: Crowds gather at dawn."). The plain-text cleaner turns such a
/// line into a figure; the HTML pipeline drops a paragraph that is only a credit or opens with a credit's label. Labels
/// and agencies are the lexicon's (<see cref="CreditWords"/>), split off by <see cref="CaptionSplitter"/>.
/// </summary>
internal static class CreditLine
{
    /// <summary>A line longer than this is story, whatever it opens or ends with.</summary>
    private const int MaxChars = 300;

    /// <summary>A caption on a credit's line longer than this is a paragraph that happens to end with a name.</summary>
    private const int MaxCaptionChars = 220;

    /// <summary>A credit of more words than this, unless it reads as a name, is a sentence ("Source: the company said …"); "Foto: privat", "Photo: courtesy of the family" are under it.</summary>
    private const int MaxPlainCreditWords = 4;

    /// <summary>The figure the line stands for; null when it is not a picture's line.</summary>
    public static Figure? Read(string text)
    {
        if (text.Length > MaxChars) return null;
        var (caption, credit) = CaptionSplitter.Split(text, strict: true);
        if (credit is not null)
        {
            if (!ReadsAsCredit(credit)) return null;
            if (caption is null) return new Figure { Credit = credit };
            return caption.Length <= MaxCaptionChars && !HasSentenceAfterSentence(caption) ? new Figure { Caption = caption, Credit = credit } : null;
        }
        // "Photo: Crowds gather at dawn." — a picture label opening a caption without a credit.
        var inner = text.TrimStart('(', '[');
        if (!CaptionSplitter.MatchLabel(inner, 0, out _, out _) || caption is not { Length: <= MaxCaptionChars }) return null;
        caption = caption.TrimEnd(')', ']');
        // One or two words and no sentence ("Foto: privat", "Photo: archives") name a source, not what the picture shows.
        return TextMeasure.CountWords(caption) <= 2 && !Sentences.Ends(caption) ? new Figure { Credit = caption } : new Figure { Caption = caption };
    }

    /// <summary>
    /// True for a paragraph of a page that is a picture's credit rather than story: a credit or picture label opens it
    /// ("Photo: …", "Credit: …", "© …"), or the whole line is a credit ("Getty Images", "AFP via Getty Images").
    /// </summary>
    public static bool IsCreditParagraph(string text)
    {
        if (text.Length > MaxChars) return false;
        var t = text.TrimStart();
        bool labelled = CaptionSplitter.MatchLabel(t, 0, out _, out _) || t.Length > 1 && t[0] is '(' or '[' && CaptionSplitter.MatchLabel(t, 1, out _, out _);
        return labelled || MayReadAsCreditOnly(t) && Read(t) is { Caption: null, Credit: not null };
    }

    /// <summary>
    /// What a line that no label opens needs for <see cref="Read"/> to give a credit alone, checked before the full split
    /// that most paragraphs would fail: its caption part comes out empty only when the line opens with a bracket or a
    /// separator (what the splitter trims off a caption), is a credit phrase, or is all name ("Jane Doe/Reuters"); so
    /// prose is turned away at its first lower-case word. Text the splitter would clean first goes to the full check.
    /// </summary>
    internal static bool MayReadAsCreditOnly(string t)
        => t.Length == 0 || t[0] is '(' or '[' or '|' or '–' or '—' or '-' or ';' or ',' or '/' or '•' or '·'
            || !TextMeasure.IsCollapsedAndTrimmed(t) || CaptionSplitter.IsNameLike(t) || IsCreditPhrase(t);

    private static bool IsCreditPhrase(string t)
    {
        var trimmed = t.AsSpan().TrimEnd(". ");
        foreach (var phrase in CreditWords.CreditPhrases)
            if (trimmed.Equals(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool ReadsAsCredit(string credit)
        => credit.Length <= 100 && (CaptionSplitter.IsNameLike(credit) || (TextMeasure.CountWords(credit) <= MaxPlainCreditWords && !Sentences.HasBreak(credit)));

    // A caption is a sentence or a phrase; two sentences and a third is a paragraph.
    private static bool HasSentenceAfterSentence(string caption) => Sentences.Count(caption) > 2;
}
