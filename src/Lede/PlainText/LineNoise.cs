using Lede.Content;
using Lede.Figures;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Classifies one line on its own: a picture's credit, a promo for another story, a byline, a dateline, page furniture
/// (widget headings, calls to action, time stamps, notices, navigation) or story text. The matchers are the ones the
/// HTML pipeline uses (<see cref="Promos"/>, <see cref="RelatedLine"/>, <see cref="CreditLine"/>, <see cref="CopyrightNotice"/>,
/// <see cref="Datelines"/>), over the one lexicon, so both paths agree on what is not story.
/// </summary>
internal static class LineNoise
{
    /// <summary>A line opening with a promo label and longer than this is a paragraph ("Subscribers to the service …" is not matched anyway).</summary>
    private const int MaxPromoChars = 160;

    /// <summary>A widget's title is a few words ("Recommended for you"); more is a heading of the story.</summary>
    private const int MaxWidgetTitleWords = 6;

    public static LineVerdict Classify(string text)
    {
        if (!HasWord(text)) return Noise(LineRule.NoWords, "no words: symbols or punctuation only");
        if (PruneBoilerplate.IsBareUrl(text)) return Noise(LineRule.BareUrl, "a bare URL");
        if (IsBareEmail(text)) return Noise(LineRule.BareEmail, "a bare e-mail address");
        if (CopyrightNotice.Is(text)) return Noise(LineRule.Copyright, "a copyright notice");
        if (NameAndDateLine.Name(text) is not null) return new LineVerdict { Role = LineRole.Byline, Rule = LineRule.Byline, Why = "a byline with its date: read as the authors and the date" };
        if (IsLinkRow(text)) return Noise(LineRule.LinkRow, "a row of links");
        if (CreditLine.Read(text) is { } figure)
            return new LineVerdict { Role = LineRole.Credit, Rule = LineRule.Credit, Why = figure.Credit is null ? "a picture's caption: becomes a figure" : "an image credit: becomes a figure", Figure = figure };
        if (RelatedLine.Read(text) is { } related)
            return new LineVerdict { Role = LineRole.Related, Rule = LineRule.Related, Why = "a promo for another story: becomes a related link", Related = related };
        if (Promos.IsWidgetLabel(text)) return Noise(LineRule.WidgetLabel, "a widget label");
        if (IsWidgetTitle(text)) return Noise(LineRule.WidgetTitle, "the title of a widget of links");
        if (CaptionSplitter.MatchLabel(text, 0, out int labelEnd, out _))
        {
            // A credit label that did not open a credit opens a sentence ("Copyright law changed …"), unless it stands alone.
            if (text.AsSpan(labelEnd).Trim().IsEmpty) return Noise(LineRule.PictureLabel, "a picture's label with nothing after it");
        }
        else if (text.Length <= MaxPromoChars && Promos.Opens(text))
        {
            return Noise(LineRule.Promo, "a call to action or promo line");
        }
        if (GalleryControls.IsControlLine(text)) return Noise(LineRule.Gallery, "a gallery's control");
        if (Timestamps.IsTimestamp(text)) return Noise(LineRule.Timestamp, "a time stamp");
        if (Datelines.IsByline(text)) return new LineVerdict { Role = LineRole.Byline, Rule = LineRule.Byline, Why = "a byline: read as the authors" };
        if (Datelines.IsDateline(text)) return new LineVerdict { Role = LineRole.Dateline, Rule = LineRule.Dateline, Why = "a dateline: read as the date" };
        return default;
    }

    private static LineVerdict Noise(LineRule rule, string why) => new() { Role = LineRole.Noise, Rule = rule, Why = why };

    // "More From The Post", "Você pode gostar…": an ellipsis leads on to the entries; a full stop would end a sentence.
    private static bool IsWidgetTitle(string text)
        => RelatedLabels.IsWidgetTitle(text) && !Sentences.Ends(WithoutEllipsis(text)) && TextMeasure.CountWords(text) <= MaxWidgetTitleWords;

    private static string WithoutEllipsis(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith("...", StringComparison.Ordinal) ? t[..^3] : t.EndsWith('…') ? t[..^1] : t;
    }

    /// <summary>"About / Advertise / Contact", "Home · News · Sport": three or more short labels between separators.</summary>
    private static bool IsLinkRow(string text)
    {
        if (text.Length > 200) return false;
        if (Promos.IsNavigationLine(text)) return true;
        foreach (var separator in (ReadOnlySpan<string>)[" / ", " · ", " • ", " | "])
        {
            var parts = text.Split(separator);
            if (parts.Length < 3) continue;
            bool labels = true;
            foreach (var part in parts)
                labels &= TextMeasure.CountWords(part) is > 0 and <= 4 && !Sentences.Ends(part);
            if (labels) return true;
        }
        return false;
    }

    // "▶", "•••", "| |": a button's glyph or a separator left by the scrape.
    private static bool HasWord(string text)
    {
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static bool IsBareEmail(string text)
        => text.Length < 100 && !text.Contains(' ') && text.IndexOf('@') is > 0 and var at && text.IndexOf('.', at) > at + 1;
}
