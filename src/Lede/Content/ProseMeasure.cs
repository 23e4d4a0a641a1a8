namespace Lede.Content;

/// <summary>
/// Judges every block of text once — good (a paragraph: long enough, few links) or doubtful (links, short
/// lines) — and sums both over each subtree, skipping removed parts. Used to protect story containers from
/// class-based removal and to choose the story's container.
/// </summary>
internal static class ProseMeasure
{
    // A teaser title counts as at least this much doubtful text: a teaser's excerpt (often 150–250 chars of
    // good-looking prose) must not make a list of teasers look like a story.
    private const int TeaserHeadingWeight = 250;

    /// <summary>Per element: good and doubtful text characters in its subtree.</summary>
    public static (double[] Good, double[] Bad) Compute(ExtractionContext context)
    {
        var page = context.Page;
        int n = page.Count;
        var good = new double[n];
        var bad = new double[n];
        JudgeBlocks(context, good, bad);
        // Children follow parents in pre-order, so a reverse sweep completes each subtree first.
        for (int i = n - 1; i > 0; i--)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) continue;
            int p = page.Parent[i];
            good[p] += good[i];
            bad[p] += bad[i];
        }
        return (good, bad);
    }

    // Each text run belongs to its nearest block-level ancestor; each such block is judged once.
    private static void JudgeBlocks(ExtractionContext context, double[] good, double[] bad)
    {
        var page = context.Page;
        int n = page.Count;
        var owner = new int[n];
        var inLink = new bool[n];
        var inlineText = new int[n];
        var inlineLink = new int[n];
        for (int i = 0; i < n; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            int p = page.Parent[i];
            owner[i] = p < 0 || TagKinds.IsBlock(page.Tag[i]) ? i : owner[p];
            inLink[i] = page.Tag[i] == "a" || (p >= 0 && inLink[p]);
            inlineText[owner[i]] += page.OwnText[i];
            if (inLink[i]) inlineLink[owner[i]] += page.OwnText[i];
        }

        var tuning = context.Tuning;
        for (int i = 0; i < n; i++)
        {
            int length = inlineText[i];
            if (length == 0 || owner[i] != i) continue;
            double linkShare = (double)inlineLink[i] / length;
            if (TagKinds.HeadingLevel(page.Tag[i]) > 0)
            {
                // A heading that is a link is a teaser's title: a list of them is a list of other stories.
                if (linkShare > 0.5) bad[i] = Math.Max(length, TeaserHeadingWeight);
                continue; // other headings neither make nor break a container
            }
            if (linkShare <= 0.3 && (length >= tuning.GoodParagraphChars || (length >= 20 && EndsSentence(page.Elements[i].TextContent))))
                good[i] = length * (1 - linkShare);
            else
                bad[i] = length;
        }
    }

    private static bool EndsSentence(string text) => PruneBoilerplate.EndsSentence(text) || text.AsSpan().TrimEnd().EndsWith(":");
}
