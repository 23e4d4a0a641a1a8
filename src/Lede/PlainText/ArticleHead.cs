using Lede.Content;

namespace Lede.PlainText;

/// <summary>
/// Finds the headline (<see cref="Headline"/>) among the first story lines and the standfirst under it
/// (<see cref="DekLine"/>). Noise, bylines and datelines may stand before, between and after them; a picture or a
/// promo between the headline and the next line ends the head.
/// </summary>
internal static class ArticleHead
{
    /// <summary>The median paragraph length is measured over this many paragraphs after the standfirst's place.</summary>
    private const int MedianSample = 25;

    /// <summary>A kicker or a site's name over a headline is a few words ("Politics", "The Daily Example").</summary>
    private const int MaxKickerWords = 4;

    /// <summary>At most this many short lines stand over a headline (a site's name, then a section).</summary>
    private const int MaxKickers = 2;

    /// <summary>A menu item is a word or three ("Home", "World news").</summary>
    private const int MaxMenuWords = 3;

    /// <summary>It takes this many such lines in a row to be a menu rather than a kicker or two (before the first paragraph of two sentences or more).</summary>
    private const int MinMenuLines = 3;

    public static void Find(List<TextLine> lines, LineVerdict[] verdicts, bool blockStyle)
    {
        DropMenu(lines, verdicts);
        int title = NextStory(verdicts, 0);
        int dek = title < 0 ? -1 : NextStory(verdicts, title + 1);
        if (PageTitleOver(lines, verdicts, title) is int headline and >= 0)
        {
            // The page's title ("Headline - Site") over the headline itself: the repetition says which line it is.
            verdicts[title] = LineVerdict.Of(LineRole.Noise, "the page's title: the headline and the site's name", nameof(ArticleHead));
            for (int i = NextStory(verdicts, title + 1); i >= 0 && i < headline; i = NextStory(verdicts, i + 1))
                verdicts[i] = LineVerdict.Of(LineRole.Noise, "the page's chrome between its title and the headline", nameof(ArticleHead));
            title = headline;
            dek = NextStory(verdicts, title + 1);
            if (dek < 0) return;
        }
        else
        {
            for (int kickers = 0; dek >= 0 && KickerOver(lines, verdicts, title, dek); kickers++)
            {
                if (kickers == MaxKickers) return;
                verdicts[title] = LineVerdict.Of(LineRole.Noise, "a kicker or site name over the headline", nameof(ArticleHead));
                title = dek;
                dek = NextStory(verdicts, title + 1);
            }
            if (dek < 0 || !Headline.Reads(lines[title].Text, lines[dek].Text)) return;
        }
        verdicts[title] = LineVerdict.Of(LineRole.Title, "the headline: the first line of the story, short, one phrase without a full stop", nameof(ArticleHead));

        int body = NextStory(verdicts, dek + 1);
        if (body < 0 || Between(verdicts, title, dek, LineRole.Credit, LineRole.Related)) return;
        var setting = new DekLine.Setting(
            InTitleBlock: blockStyle && lines[dek].Block == lines[title].Block && lines[body].Block != lines[dek].Block,
            OverByline: Between(verdicts, dek, body, LineRole.Byline, LineRole.Dateline),
            MedianParagraph: MedianParagraph(lines, verdicts, body));
        if (DekLine.Reads(lines[dek].Text, setting))
            verdicts[dek] = LineVerdict.Of(LineRole.Standfirst, "the standfirst: one sentence under the headline, set apart from the body", nameof(ArticleHead));
    }

    // "Home / News / Sport / Weather", a line each, before the story's first paragraph: a site's menu.
    private static void DropMenu(List<TextLine> lines, LineVerdict[] verdicts)
    {
        int start = -1, run = 0;
        for (int i = NextStory(verdicts, 0); i >= 0; i = NextStory(verdicts, i + 1))
        {
            var text = lines[i].Text;
            if (TextMeasure.CountWords(text) <= MaxMenuWords && !Sentences.Ends(text) && !BodyStructure.IsListItem(text))
            {
                if (run++ == 0) start = i;
                continue;
            }
            DropRun(verdicts, start, run);
            run = 0;
            if (Sentences.Ends(text) && Sentences.HasBreak(text)) return; // the first paragraph: the head is over
        }
    }

    private static void DropRun(LineVerdict[] verdicts, int start, int run)
    {
        if (run < MinMenuLines) return;
        for (int j = start, k = 0; k < run; j = NextStory(verdicts, j + 1), k++)
            verdicts[j] = LineVerdict.Of(LineRole.Noise, "a menu line before the story", nameof(ArticleHead));
    }

    /// <summary>A site's name after a page title's separator is a few words, sometimes two names ("Memorabilia - Remember 80/90").</summary>
    private const int MaxSiteNameWords = 8;

    /// <summary>
    /// How many story lines after the page's title the headline may stand: a naive scrape of a whole page puts its menus
    /// and rails between them (about 200 lines on a news site measured); a story repeating its page's title with the
    /// site's name after it is not a thing.
    /// </summary>
    private const int PageTitleReach = 400;

    // The story line, among the next few, that the first line repeats with a site's name after it: "Headline - Site",
    // "Headline | Site", "Headline – Site". -1 when there is none.
    private static int PageTitleOver(List<TextLine> lines, LineVerdict[] verdicts, int first)
    {
        if (first < 0) return -1;
        var page = lines[first].Text;
        int candidate = first;
        for (int k = 0; k < PageTitleReach; k++)
        {
            candidate = NextStory(verdicts, candidate + 1);
            if (candidate < 0) return -1;
            var headline = lines[candidate].Text;
            if (headline.Length < 10 || headline.Length > Headline.MaxChars || !page.StartsWith(headline, StringComparison.Ordinal)) continue;
            var rest = page.AsSpan(headline.Length).TrimStart();
            if (rest.Length > 1 && rest[0] is '-' or '|' or '–' or '—' or ':' or '·' && TextMeasure.CountWords(rest[1..]) is > 0 and <= MaxSiteNameWords)
                return candidate;
        }
        return -1;
    }

    // A few words in title form over a line that reads as a headline set in title case ("Politics" over "Council
    // Approves New Bike Lanes"), or over another such line ("The Daily Example" over "Politics"). A short headline over
    // a dek is no kicker: a dek is set in sentence case.
    private static bool KickerOver(List<TextLine> lines, LineVerdict[] verdicts, int line, int next, int depth = 0)
    {
        var text = lines[line].Text;
        if (TextMeasure.CountWords(text) > MaxKickerWords || Sentences.Ends(text) || text[^1] is ':' or ',' || BodyStructure.IsListItem(text)
            || !(char.IsUpper(text[0]) || char.IsDigit(text[0]))) return false;
        int after = NextStory(verdicts, next + 1);
        if (after < 0) return false;
        var headline = lines[next].Text;
        if (Headline.TitleCased(headline) && Headline.Reads(headline, lines[after].Text)) return true;
        return depth + 1 < MaxKickers && KickerOver(lines, verdicts, next, after, depth + 1);
    }

    private static int NextStory(LineVerdict[] verdicts, int from)
    {
        for (int i = from; i < verdicts.Length; i++)
            if (verdicts[i].Role == LineRole.Body) return i;
        return -1;
    }

    private static bool Between(LineVerdict[] verdicts, int from, int to, LineRole a, LineRole b)
    {
        for (int i = from + 1; i < to; i++)
            if (verdicts[i].Role == a || verdicts[i].Role == b) return true;
        return false;
    }

    // The median length of the story's paragraphs from `from` on; 0 with fewer than two to measure.
    private static int MedianParagraph(List<TextLine> lines, LineVerdict[] verdicts, int from)
    {
        var lengths = new List<int>();
        for (int i = from; i < lines.Count && lengths.Count < MedianSample; i++)
            if (verdicts[i].Role == LineRole.Body && !BodyStructure.IsListItem(lines[i].Text)) lengths.Add(lines[i].Text.Length);
        if (lengths.Count < 2) return 0;
        lengths.Sort();
        return lengths[lengths.Count / 2];
    }
}
