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

    public static void Find(List<TextLine> lines, LineVerdict[] verdicts, bool blockStyle)
    {
        int title = NextStory(verdicts, 0);
        int dek = title < 0 ? -1 : NextStory(verdicts, title + 1);
        if (dek < 0 || !Headline.Reads(lines[title].Text, lines[dek].Text)) return;
        verdicts[title] = LineVerdict.Of(LineRole.Title, "the headline: the first line of the story, short, one phrase without a full stop");

        int body = NextStory(verdicts, dek + 1);
        if (body < 0 || Between(verdicts, title, dek, LineRole.Credit, LineRole.Related)) return;
        var setting = new DekLine.Setting(
            InTitleBlock: blockStyle && lines[dek].Block == lines[title].Block && lines[body].Block != lines[dek].Block,
            OverByline: Between(verdicts, dek, body, LineRole.Byline, LineRole.Dateline),
            MedianParagraph: MedianParagraph(lines, verdicts, body));
        if (DekLine.Reads(lines[dek].Text, setting))
            verdicts[dek] = LineVerdict.Of(LineRole.Standfirst, "the standfirst: one sentence under the headline, set apart from the body");
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
