using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

namespace Lede.Figures;

/// <summary>
/// Stage: gathers the links the page promoted, from where the other stages dropped them. Inline: promo lines
/// ("Related: …", "Also Read: …") and teaser lists or headings pruned from the story's container. Rail: blocks removed
/// beside or after the story whose class names related stories ("related-posts", "more-from") or whose heading does
/// ("You may also like"), and whose text is mostly links. Each address once, inline ones first. A related title
/// that pruning let stand, with a list of links under it ("More Great WIRED Stories"), leaves the body here.
/// </summary>
internal static class CollectRelated
{
    /// <summary>
    /// A related block is a list of links: at least this share of its text sits in links. Teaser cards with a line of
    /// excerpt under each headline sit around 0.5; a story that happens to be classed "related" far below.
    /// </summary>
    internal const double MinLinkShare = 0.4;

    /// <summary>A related block holds at least two links, each with its text: four elements at the least.</summary>
    internal const int MinWidgetElements = 4;

    /// <summary>A block past this much text is a page region (a whole sidebar or footer), not one widget.</summary>
    internal const int MaxWidgetChars = 4000;

    public static void Run(ExtractionContext context)
    {
        var reader = new RelatedLinkReader(context);
        DropTitledLinkLists(context);
        FromPrunedBlocks(context, reader);
        FromRemovedBlocks(context, reader);
    }

    // A related title the pruning let stand ("More Great WIRED Stories", "You may also be interested in…", a line of its
    // own) with teasers right under it — a list of links, link lines, pictures that link to other pages: all are promos,
    // and leave the body.
    private static void DropTitledLinkLists(ExtractionContext context)
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
            context.Explain(nameof(CollectRelated), $"{block.Block.GetType().Name.Replace("Block", "").ToLowerInvariant()} “{block.LeadText}”", why);
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

    private static void FromPrunedBlocks(ExtractionContext context, RelatedLinkReader reader)
    {
        int container = context.Root;
        bool underRelatedHeading = false;
        foreach (var block in context.Blocks)
        {
            if (block.Block is HeadingBlock heading)
            {
                underRelatedHeading = block.Dropped && RelatedLabels.IsWidgetTitle(heading.Text);
                if (block.Dropped && !underRelatedHeading && block.LinkDensity > 0.5) AddAll(block, labelled: false);
                continue;
            }
            if (!block.Dropped)
            {
                underRelatedHeading = false;
                foreach (var line in block.DroppedLines ?? [])
                    if (RelatedLabels.Opens(line)) AddAll(block, labelled: true, line);
                continue;
            }
            switch (block.Block)
            {
                case ParagraphBlock p when RelatedLabels.Opens(p.Text) || RelatedLabels.IsWidgetTitle(p.Text):
                    AddAll(block, labelled: true, p.Text);
                    underRelatedHeading = RelatedLabels.IsWidgetTitle(p.Text); // a title line, like a heading, labels what follows
                    continue;
                // Unlabelled, only a list of teasers counts (a lone link-heavy line is a call to action), or links under
                // a widget's "Related" heading.
                case ListBlock list when underRelatedHeading || (block.LinkDensity > 0.5 && list.Items.Count >= 2):
                case ParagraphBlock when underRelatedHeading:
                    AddAll(block, labelled: underRelatedHeading);
                    break;
            }
        }

        void AddAll(DraftBlock block, bool labelled, string? within = null)
        {
            foreach (var anchor in block.Anchors ?? [])
                reader.Add(anchor, labelled, RelatedPlacement.Inline, container, within);
        }
    }

    // One pass over the page's tables: removed blocks classed as related, and widgets titled as related outside the
    // story (removed or not). Inside the story's container they stood inline; elsewhere, in a rail.
    private static void FromRemovedBlocks(ExtractionContext context, RelatedLinkReader reader)
    {
        var page = context.Page;
        int root = context.Root;
        int end = page.SubtreeEnd[page.Body];
        for (int i = page.Body + 1; i < end; i++)
        {
            if ((i & 0x3FF) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            int widget = -1;
            // Cheapest tests first: the side tables, then the class words, then the walk up for a removed ancestor.
            // A widget holds a few links, so it has a few descendants and is not itself a link or an item.
            if (context.Signals[i] == ClassSignal.Chrome && page.SubtreeEnd[i] - i >= MinWidgetElements && page.Text[i] is > 0 and <= MaxWidgetChars
                && page.LinkText[i] >= MinLinkShare * page.Text[i] && page.Tag[i] is not ("a" or "li" or "span" or "p")
                && page.HasFlagOnPath(i, NodeFlags.Removed) && RelatedClasses.NamesRelated(page, i))
                widget = i;
            else if (TagKinds.HeadingLevel(page.Tag[i]) > 0 && page.Text[i] < RelatedLabels.MaxHeadingChars
                && (!page.IsWithin(i, root) || page.HasFlagOnPath(i, NodeFlags.Removed))
                && RelatedLabels.IsWidgetTitle(page.TextContent(i).Trim()))
                widget = WidgetOf(page, i);
            if (widget < 0 || page.Text[widget] > MaxWidgetChars || page.LinkText[widget] < MinLinkShare * page.Text[widget]) continue;

            var placement = page.IsWithin(widget, root) ? RelatedPlacement.Inline : RelatedPlacement.Rail;
            int widgetEnd = page.SubtreeEnd[widget];
            for (int a = widget; a < widgetEnd; a++)
                if (page.NameOf(a) == KnownNames.A) reader.Add(a, labelled: false, placement, container: widget);
            i = Math.Max(i, widgetEnd - 1);
        }
    }

    // The block a widget heading titles: its parent, or further up while the parent holds only the heading.
    private static int WidgetOf(PageDocument page, int heading)
    {
        int widget = page.Parent[heading];
        for (int up = 0; up < 3 && widget > page.Body && page.Text[widget] - page.Text[heading] < 5; up++) widget = page.Parent[widget];
        return widget > page.Body ? widget : -1;
    }
}
