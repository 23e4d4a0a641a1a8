using Lede.Content;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Finds the headline (<see cref="Headline"/>) and the standfirst (<see cref="DekLine"/>) at the head of the story. A
/// text that is the story opens with its headline; a scrape of a whole page sets it a little above the story's first
/// paragraph, with a standfirst, a byline, a dateline or a picture between. A line that the page's title ("Headline -
/// Site", a whole-page scrape's first line) repeats is the headline whatever its form; else, of the lines above the story
/// that read as a headline over it, a Markdown heading of the highest level, then the nearest. A sentence-case line under
/// a headline is its standfirst.
/// </summary>
internal static class ArticleHead
{
    /// <summary>The median paragraph length is measured over this many paragraphs after the standfirst's place.</summary>
    private const int MedianSample = 25;

    /// <summary>The headline stands at most this many lines above the story's first paragraph (bylines, author boxes, datelines, pictures between).</summary>
    private const int MaxHeadLines = 25;

    /// <summary>A site's name after a page title's separator is a few words, sometimes two names ("Memorabilia - Remember 80/90").</summary>
    private const int MaxSiteNameWords = 8;

    public static void Find(List<TextLine> lines, LineVerdict[] verdicts, bool blockStyle)
    {
        int body = NextStory(verdicts, 0);
        if (body < 0) return;
        int title, next = NextStory(verdicts, body + 1);
        string why = "the headline: short, one phrase without a full stop, over the story";
        if (PageTitleRepeat(lines, verdicts) is var repeat and >= 0 && NextStory(verdicts, repeat + 1) is var after and >= 0)
        {
            // A whole-page scrape opens with the page's title ("Headline - Site"): where it recurs over the story, that
            // line is the headline, whatever its form ("Council Approves New Bike Lanes. Finally").
            // Lines kept above it are the page's, not the story's (a teaser, a menu entry that reads as a sentence).
            for (int i = body; i < repeat; i++)
                if (verdicts[i].Role == LineRole.Body) verdicts[i] = LineVerdict.Of(LineRole.Noise, "above the headline the page's title names: the page's, not the story's", nameof(ArticleHead));
            title = repeat;
            body = after;
            why = "the headline: the page's title, with the site's name, repeats it";
        }
        else if (next >= 0 && NothingAbove(verdicts, body) && Headline.Reads(lines[body].Text, Lead(lines, verdicts, body), SetApart(lines, body, blockStyle)) && !lines[body].IsListItem)
        {
            title = body; // the text opens with its headline
            body = next;
        }
        else
        {
            title = HeadlineAbove(lines, verdicts, body, blockStyle);
            if (title < 0) return;
        }
        verdicts[title] = LineVerdict.Of(LineRole.Title, why, nameof(ArticleHead));

        int dek = Standfirst(lines, verdicts, title, body, blockStyle);
        if (dek >= 0)
            verdicts[dek] = LineVerdict.Of(LineRole.Standfirst, "the standfirst: one sentence under the headline, set apart from the body", nameof(ArticleHead));
    }

    // Only furniture stands above the story's first line: it opens the text.
    private static bool NothingAbove(LineVerdict[] verdicts, int line)
    {
        for (int i = 0; i < line; i++)
            if (verdicts[i].Role is LineRole.Related || verdicts[i].Role == LineRole.Noise && verdicts[i].Rule == LineRule.None) return false;
        return true;
    }

    // The line above the story's first paragraph that is its headline; -1 when none reads as one.
    private static int HeadlineAbove(List<TextLine> lines, LineVerdict[] verdicts, int body, bool blockStyle)
    {
        var first = Lead(lines, verdicts, body - 1);
        var candidates = new List<int>();
        for (int i = body - 1; i >= 0 && i >= body - MaxHeadLines; i--)
        {
            var verdict = verdicts[i];
            if (verdict.Role == LineRole.Related) break;
            if (verdict.Role != LineRole.Noise || verdict.Rule != LineRule.None) continue;
            if (Headline.Reads(lines[i].Text, first, SetApart(lines, i, blockStyle)) && !lines[i].IsListItem) candidates.Add(i);
        }
        if (candidates.Count == 0) return -1;
        int heading = -1;
        foreach (int c in candidates)
            if (lines[c].Markup == LineMarkup.Heading && (heading < 0 || lines[c].Level < lines[heading].Level)) heading = c;
        if (heading >= 0) return heading;
        // A sentence-case line right under a title-case one: the headline and its standfirst.
        if (candidates.Count > 1 && candidates[0] - candidates[1] <= 3 && Headline.TitleCased(lines[candidates[1]].Text) && !Headline.TitleCased(lines[candidates[0]].Text))
            return candidates[1];
        return candidates[0];
    }

    // The story's first paragraph after a line: the first story line of a sentence's length, past labels ("ABSTRACT.",
    // "LETTERS.") and kickers; the next story line when none is that long.
    private static string Lead(List<TextLine> lines, LineVerdict[] verdicts, int line)
    {
        int next = NextStory(verdicts, line + 1);
        for (int i = next, seen = 0; i >= 0 && seen < MaxLeadLines; i = NextStory(verdicts, i + 1), seen++)
            if (TextMeasure.CountWords(lines[i].Text) >= LeadWords) return lines[i].Text;
        return next >= 0 ? lines[next].Text : "";
    }

    /// <summary>A story's first paragraph holds a sentence of this many words; shorter lines under a headline are labels.</summary>
    private const int LeadWords = 8;

    /// <summary>The first paragraph is looked for among this many story lines under the headline.</summary>
    private const int MaxLeadLines = 4;

    // The line among the text's first that its first line, the page's title, repeats; -1 when none.
    private static int PageTitleRepeat(List<TextLine> lines, LineVerdict[] verdicts)
    {
        var page = lines[0].Text;
        for (int i = 1; i < lines.Count && i <= MaxHeadLines; i++)
        {
            bool free = verdicts[i].Role == LineRole.Body || verdicts[i].Role == LineRole.Noise && verdicts[i].Rule == LineRule.None;
            if (free && RepeatsPageTitle(page, lines[i].Text)) return i;
        }
        return -1;
    }

    // The text's first line, in a block of its own or of two (the headline over its standfirst) when blank lines set blocks apart.
    private static bool SetApart(List<TextLine> lines, int line, bool blockStyle)
    {
        if (line != 0 || !blockStyle) return false;
        int size = 1;
        while (size < lines.Count && lines[size].Block == lines[0].Block) size++;
        return size <= 2 && size < lines.Count;
    }

    // "Headline - Site", "Headline | Site", "Headline – Site": the page's title repeats the headline with the site's name.
    private static bool RepeatsPageTitle(string page, string headline)
    {
        if (headline.Length < 10 || headline.Length > Headline.MaxChars || !page.StartsWith(headline, StringComparison.Ordinal)) return false;
        var rest = page.AsSpan(headline.Length).TrimStart();
        return rest.Length > 1 && rest[0] is '-' or '|' or '–' or '—' or ':' or '·' && TextMeasure.CountWords(rest[1..]) is > 0 and <= MaxSiteNameWords;
    }

    // The standfirst: a line between the headline and the story that reads as one, or the story's first line when
    // where it stands sets it apart from the body. -1 when there is none.
    private static int Standfirst(List<TextLine> lines, LineVerdict[] verdicts, int title, int body, bool blockStyle)
    {
        if (Between(verdicts, title, body, LineRole.Credit, LineRole.Related)) return -1;
        int median = MedianParagraph(lines, verdicts, body);
        for (int i = title + 1; i < body; i++)
        {
            // Left out of the story between the headline and the story: set apart by where it stands.
            if (verdicts[i].Role == LineRole.Noise && verdicts[i].Rule == LineRule.None
                && DekLine.Reads(lines[i].Text, new DekLine.Setting(InTitleBlock: false, OverByline: true, median))) return i;
        }
        int after = NextStory(verdicts, body + 1);
        if (verdicts[body].Role != LineRole.Body || after < 0) return -1;
        var bodySetting = new DekLine.Setting(
            InTitleBlock: blockStyle && lines[body].Block == lines[title].Block && lines[after].Block != lines[body].Block,
            OverByline: Between(verdicts, body, after, LineRole.Byline, LineRole.Dateline),
            MedianParagraph: MedianParagraph(lines, verdicts, after));
        return DekLine.Reads(lines[body].Text, bodySetting) ? body : -1;
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
            if (verdicts[i].Role == LineRole.Body && !lines[i].IsListItem) lengths.Add(lines[i].Text.Length);
        if (lengths.Count < 2) return 0;
        lengths.Sort();
        return lengths[lengths.Count / 2];
    }
}
