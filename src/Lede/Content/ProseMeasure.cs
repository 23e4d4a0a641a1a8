using System.Buffers;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

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

    // Larger than a teaser card (title, excerpt, byline: rarely 400 chars) and smaller than a story with its links.
    private const int TeaserCardChars = 600;

    /// <summary>Per element: good and doubtful text characters in its subtree.</summary>
    public static (double[] Good, double[] Bad) Compute(ExtractionContext context)
    {
        var page = context.Page;
        int n = page.Count;
        var good = new double[n];
        var bad = new double[n];
        JudgeBlocks(context, good, bad);
        WeighTeaserTitles(page, bad);
        DemoteTeaserExcerpts(page, good, bad);
        // Children follow parents in pre-order, so a reverse sweep completes each subtree first.
        var (flags, parent) = (page.Flags, page.Parent);
        for (int i = n - 1; i > 0; i--)
        {
            if ((flags[i] & NodeFlags.Removed) != 0) continue;
            int p = parent[i];
            good[p] += good[i];
            bad[p] += bad[i];
        }
        return (good, bad);
    }

    // A heading that is a link is a teaser's title: a run of them is a list of other stories, even when each
    // teaser's header was removed as page chrome. Its weight goes to the nearest element still in the page.
    private static void WeighTeaserTitles(PageDocument page, double[] bad)
    {
        for (int i = 0; i < page.Count; i++)
        {
            if (TagKinds.HeadingLevel(page.Tag[i]) == 0 || page.Text[i] == 0 || page.LinkText[i] * 2 <= page.Text[i]) continue;
            int kept = i, removed = -1;
            for (int a = i; a >= 0; a = page.Parent[a])
                if ((page.Flags[a] & NodeFlags.Removed) != 0) { kept = page.Parent[a]; removed = a; }
            // When the teaser as a whole (or its whole list) was removed, nothing of it is left to weigh.
            if (removed >= 0 && page.Text[removed] > 2 * page.Text[i] + 50) continue;
            if (kept >= 0) bad[kept] += Math.Max(page.Text[i], TeaserHeadingWeight);
        }
    }

    // A teaser is a small card: a linked title and a sentence or two of excerpt. The excerpt reads like prose, so
    // it is known by its surroundings: the smallest container around it with notably more text is small and
    // link-heavy. A story paragraph's surroundings are the story, with few links.
    private static void DemoteTeaserExcerpts(PageDocument page, double[] good, double[] bad)
    {
        for (int i = 0; i < page.Count; i++)
        {
            if (good[i] <= 0) continue;
            int a = page.Parent[i];
            for (int up = 0; a > 0 && up < 4 && page.Text[a] < 1.5 * page.Text[i] + 20; up++) a = page.Parent[a];
            if (a <= 0 || page.Text[a] >= TeaserCardChars || page.LinkText[a] * 4 < page.Text[a]) continue;
            bad[i] += good[i];
            good[i] = 0;
        }
    }

    // Each text run belongs to its nearest block-level ancestor; each such block is judged once.
    private static void JudgeBlocks(ExtractionContext context, double[] good, double[] bad)
    {
        var page = context.Page;
        int n = page.Count;
        // Scratch tables, rented and cleared: the measure runs twice a page or more, over thousands of elements.
        var owner = Rent<int>(n);
        var inLink = Rent<bool>(n);
        var inlineText = Rent<int>(n);
        var inlineLink = Rent<int>(n);
        // The page's tables held in locals: the loop runs over every element, and stores into the tables above would
        // otherwise have each read through the page again.
        var (flags, parent, subtreeEnd, ownText) = (page.Flags, page.Parent, page.SubtreeEnd, page.OwnText);
        for (int i = 0; i < n; i++)
        {
            if ((flags[i] & NodeFlags.Removed) != 0) { i = subtreeEnd[i] - 1; continue; }
            int p = parent[i];
            int own = p < 0 || TagKinds.IsBlock(page, i) ? i : owner[p];
            bool link = page.Tag[i] == "a" || (p >= 0 && inLink[p]);
            owner[i] = own;
            inLink[i] = link;
            inlineText[own] += ownText[i];
            if (link) inlineLink[own] += ownText[i];
        }

        var tuning = context.Tuning;
        for (int i = 0; i < n; i++)
        {
            int length = inlineText[i];
            if (length == 0 || owner[i] != i) continue;
            double linkShare = (double)inlineLink[i] / length;
            if (page.Tag[i] is "td" or "th" && linkShare <= 0.5) continue; // a table's cells are short by nature, not noise
            if (TagKinds.HeadingLevel(page.Tag[i]) > 0) continue; // headings neither make nor break a container (teasers aside, below)
            int linkChars = inlineLink[i], ownChars = length - linkChars;
            if (linkShare <= 0.3 && (length >= tuning.GoodParagraphChars || (length >= 20 && Sentences.EndsOrIntroduces(page.LastTextCharacter(i)))))
            {
                good[i] = ownChars;
                bad[i] = linkChars;
            }
            else if (linkShare <= 0.7 && ownChars >= tuning.GoodParagraphChars)
            {
                // A linked lead-in followed by sentences of its own ("<a>Headline</a>. Two sentences.") is prose too.
                good[i] = ownChars;
                bad[i] = linkChars;
            }
            else
                bad[i] = length;
        }
        ArrayPool<int>.Shared.Return(owner);
        ArrayPool<bool>.Shared.Return(inLink);
        ArrayPool<int>.Shared.Return(inlineText);
        ArrayPool<int>.Shared.Return(inlineLink);
    }

    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

}
