using Lede.Extraction;
using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;

namespace Lede.Content;

/// <summary>
/// Stage, after pruning: a related title the pruning let stand ("More Great WIRED Stories", "You may also be interested
/// in…", a line of its own) with teasers right under it — a list of links, link lines, pictures that link to other
/// pages — leaves the body with them. Reads the blocks and the page; marks blocks dropped. The links are collected
/// next, by <c>CollectRelated</c>.
/// </summary>
internal static class DropTitledTeaserLists
{
    public static void Run(ExtractionContext context)
    {
        if (!context.Tuning.DropLabelledLines) return;
        var blocks = context.Blocks;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            var title = blocks[i];
            if (title.Dropped || title.Block is not (HeadingBlock or ParagraphBlock) || !RelatedLabels.IsWidgetTitle(title.LeadText)) continue;
            int next = i + 1, teasers = 0;
            for (; next < blocks.Count; next++)
            {
                if (blocks[next].Dropped) continue;
                if (!IsTeaser(context.Page, blocks[next])) break;
                Drop(context, blocks[next], "a teaser under a related title");
                teasers++;
            }
            if (teasers > 0) Drop(context, title, "a related title");
            i = next - 1;
        }

        static void Drop(ExtractionContext context, DraftBlock block, string why)
        {
            block.Dropped = true;
            context.Explain(nameof(DropTitledTeaserLists), $"{block.Block.GetType().Name.Replace("Block", "").ToLowerInvariant()} “{block.LeadText}”", why);
        }
    }

    // A list whose every item links, a line that is mostly a link, or a picture inside a link to another page.
    private static bool IsTeaser(PageDocument page, DraftBlock block) => block.Block switch
    {
        ListBlock list => block.Anchors is { } anchors && anchors.Count >= list.Items.Count,
        ParagraphBlock => block.LinkDensity > 0.5,
        FigureBlock => LinksToPage(page, block.Element),
        _ => false,
    };

    // The picture sits in a link (within two levels of it) to a page rather than to a larger copy of the image.
    private static bool LinksToPage(PageDocument page, int element)
    {
        int end = Math.Min(page.SubtreeEnd[element], element + 8);
        for (int i = element; i < end; i++)
            if (page.NameOf(i) == KnownNames.A) return IsPageLink(page.AttributeSpan(i, "href", out _));
        for (int a = page.Parent[element], up = 0; a >= 0 && up < 3; a = page.Parent[a], up++)
            if (page.NameOf(a) == KnownNames.A) return IsPageLink(page.AttributeSpan(a, "href", out _));
        return false;

        static bool IsPageLink(ReadOnlySpan<char> href)
        {
            if (href.IsWhiteSpace() || href.StartsWith('#')) return false;
            var path = href;
            int query = path.IndexOfAny('?', '#');
            if (query >= 0) path = path[..query];
            return !(path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase));
        }
    }
}
