using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

namespace Lede.Figures;

/// <summary>
/// Stage: gathers the links the page promoted, from where the other stages dropped them. Inline: promo lines
/// ("Related: …", "Also Read: …") and teaser lists or headings pruned from the story's container. Rail: blocks removed
/// beside or after the story whose class names related stories ("related-posts", "more-from") or whose heading does
/// ("You may also like"), and whose text is mostly links. Each address once, inline ones first. The teasers under a
/// related title left standing were dropped just before, by <c>DropTitledTeaserLists</c>, and their links are read here.
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
        FromPrunedBlocks(context, reader);
        FromRemovedBlocks(context, reader);
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
            // Cheapest tests first: the side tables (the class words among them), then the walk up for a removed ancestor.
            // A widget holds a few links, so it has a few descendants and is not itself a link or an item.
            if (page.Signal[i] == ClassSignal.Chrome && page.SubtreeEnd[i] - i >= MinWidgetElements && page.Text[i] is > 0 and <= MaxWidgetChars
                && page.LinkText[i] >= MinLinkShare * page.Text[i] && page.Tag[i] is not ("a" or "li" or "span" or "p")
                && (page.Hint[i] & PageHint.Related) != 0 && page.HasFlagOnPath(i, NodeFlags.Removed))
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
