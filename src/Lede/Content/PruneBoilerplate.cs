using Lede.Figures;
using Lede.Lexicon;
using Lede.Extraction;

namespace Lede.Content;

/// <summary>
/// Stage 4: drops the blocks inside the story's container that are not story — link lists and promos
/// ("Related:", "Read more"), widget labels ("More From …", "Advertisement"), credit lines, the title
/// repeated as a heading, headings left with nothing under them, and the short lines after the last paragraph.
/// </summary>
internal static class PruneBoilerplate
{
    /// <summary>A promo or credit line is a line or two; a longer paragraph is story whatever it opens with.</summary>
    private const int MaxPromoChars = 250;

    public static void Run(ExtractionContext context)
    {
        var blocks = context.Blocks;
        var tuning = context.Tuning;
        foreach (var block in blocks)
        {
            if (block.Dropped) continue; // a caption, already taken by its figure
            var why = WhyDrop(context, block, tuning);
            if (why is null) PruneLines(context, block, tuning);
            else Drop(context, block, why);
        }
        DropTitleRepeat(context);
        if (tuning.TrimHead) TrimHead(context);
        DropOrphanHeadings(context);
        if (tuning.TrimTail) TrimTail(context);
    }

    private static void Drop(ExtractionContext context, DraftBlock block, string why)
    {
        block.Dropped = true;
        if (context.Explaining) context.Explain(nameof(PruneBoilerplate), Snippet(block), why);
    }

    private static string? WhyDrop(ExtractionContext context, DraftBlock block, Tuning tuning)
    {
        switch (block.Block)
        {
            case ParagraphBlock p:
                if (block.LinkDensity > tuning.MaxLinkDensity && block.TextLength < 400) return "mostly links";
                return WhyDropLine(context, p.Text, tuning);
            case HeadingBlock h:
                if (Promos.IsWidgetLabel(h.Text) || Promos.Opens(h.Text) || RelatedLine.Read(h.Text) is not null) return "widget heading";
                if (block.LinkDensity > 0.5 && context.Options.Focus != Focus.Recall) return "heading is a link (a teaser)";
                return null;
            case ListBlock list:
                // Items that are a link followed by a sentence or two of their own ("10 things in tech") are story.
                int ownText = block.TextLength - block.LinkLength;
                if (block.LinkDensity > tuning.MaxListLinkDensity && ownText < 60 * list.Items.Count) return "list of links";
                return null;
            default:
                return null;
        }
    }

    // The headline repeated in the container (as a heading or a line) is not body text; only before the story's first
    // long paragraph, since a story may quote its own headline later.
    /// <summary>Why a paragraph, or one line of it, is not story; null when it may be.</summary>
    private static string? WhyDropLine(ExtractionContext context, string text, Tuning tuning)
    {
        if (IsBareUrl(text)) return "a bare URL";
        if (text.Length < tuning.MinFragmentChars && !Sentences.Ends(text)) return "short fragment";
        if (!tuning.DropLabelledLines) return null;
        if (text.Length < MaxPromoChars && IsPromoOrCredit(text)) return "promo or credit line";
        if (Promos.IsWidgetLabel(text)) return "widget label";
        if (GalleryControls.IsControlLine(text)) return "a gallery's control";
        if (Promos.IsNavigationLine(text)) return "navigation line";
        if (Datelines.IsByline(text)) return "byline";
        if (Datelines.IsDateline(text)) return "dateline";
        if (context.Title is { } title && text.Length < 300 && text.StartsWith(title, StringComparison.OrdinalIgnoreCase)
            && text.Length - title.Length < 40) return "the title, repeated";
        return null;
    }

    // Lines joined by single <br>s (a title over a byline, a notice under a story) are judged one by one, but only
    // at the paragraph's edges: lines inside it (a schedule, a list of links) are part of what it says.
    private static void PruneLines(ExtractionContext context, DraftBlock block, Tuning tuning)
    {
        if (block.Dropped || block.Block is not ParagraphBlock p || !p.Text.Contains('\n') || !tuning.DropLabelledLines) return;
        var lines = p.Text.Split('\n');
        int first = 0, last = lines.Length - 1;
        while (first <= last && WhyDropEdgeLine(context, lines[first]) is { } why) Explain(lines[first++], why);
        while (last >= first && WhyDropEdgeLine(context, lines[last]) is { } why) Explain(lines[last--], why);
        if (first == 0 && last == lines.Length - 1) return;
        if (first > last) block.Dropped = true;
        else
        {
            // The lines kept are one stretch of the text: the runs are cut to it.
            int start = 0;
            for (int i = 0; i < first; i++) start += lines[i].Length + 1;
            var kept = string.Join('\n', lines[first..(last + 1)]);
            block.Block = new ParagraphBlock(kept) { Inlines = InlineRuns.Slice(p.Inlines, start, kept.Length) };
        }

        void Explain(string line, string why)
        {
            (block.DroppedLines ??= []).Add(line);
            if (context.Explaining) context.Explain(nameof(PruneBoilerplate), $"line “{(line.Length > 60 ? line[..60] + "…" : line)}”", why);
        }
    }

    private static string? WhyDropEdgeLine(ExtractionContext context, string line)
    {
        if (line.Length < MaxPromoChars && IsPromoOrCredit(line)) return "promo or credit line";
        if (Promos.IsWidgetLabel(line)) return "widget label";
        if (Promos.IsNavigationLine(line)) return "navigation line";
        if (Datelines.IsByline(line)) return "byline";
        if (Datelines.IsDateline(line)) return "dateline";
        if (context.Title is { } title && TextMeasure.SameWords(line, title)) return "the title, repeated";
        return null;
    }

    private static void DropTitleRepeat(ExtractionContext context)
    {
        if (string.IsNullOrEmpty(context.Title)) return;
        foreach (var block in context.Blocks)
        {
            if (block.Dropped) continue;
            var text = block.Block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null };
            if (text is not null && TextMeasure.SameWords(text, context.Title))
                Drop(context, block, "the title, repeated");
            else if (block.Block is ParagraphBlock && block.TextLength >= 150)
                break;
        }
    }

    // Before the first real paragraph: kickers, labels and summary lists that introduce the story rather than tell it.
    private static void TrimHead(ExtractionContext context)
    {
        foreach (var block in context.Blocks)
        {
            if (block.Dropped || block.Block is FigureBlock) continue;
            if (block.Block is ParagraphBlock && (block.TextLength >= 100 || Sentences.Ends(block.LeadText))) break;
            Drop(context, block, "before the story's first paragraph");
        }
    }

    internal static bool IsBareUrl(string text)
        => text.Length < 300 && !text.Contains(' ') && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    // A heading followed by nothing of the story (or only by another heading of its rank or above) introduced a widget.
    private static void DropOrphanHeadings(ExtractionContext context)
    {
        var blocks = context.Blocks;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i].Dropped || blocks[i].Block is not HeadingBlock heading) continue;
            int next = NextKept(blocks, i);
            if (next < 0 || (blocks[next].Block is HeadingBlock following && following.Level <= heading.Level))
                Drop(context, blocks[i], "heading with nothing under it");
        }
    }

    // After the last real paragraph, short lines without sentence punctuation are share prompts, tags and bylines.
    private static void TrimTail(ExtractionContext context)
    {
        var blocks = context.Blocks;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (block.Dropped || block.Block is FigureBlock) continue;
            if (block.Block is ParagraphBlock p && p.Text.Length < 60 && (!Sentences.Ends(p.Text) || char.IsLower(p.Text[0])))
            {
                Drop(context, block, "short line after the story");
                continue;
            }
            break;
        }
    }

    private static int NextKept(List<DraftBlock> blocks, int i)
    {
        for (int j = i + 1; j < blocks.Count; j++)
            if (!blocks[j].Dropped && blocks[j].Block is not FigureBlock) return j;
        return -1;
    }

    // The lexicon's matchers, as the plain-text cleaner uses them: a call to action or notice, a promo for another story
    // ("Related: …", "Lire aussi : …"), a copyright notice, or a picture's credit.
    internal static bool IsPromoOrCredit(string text)
        => Promos.Opens(text) || RelatedLine.Read(text) is not null || CopyrightNotice.Is(text) || CreditLine.IsCreditParagraph(text);

    private static string Snippet(DraftBlock block)
    {
        var text = block.LeadText;
        var kind = block.Block.GetType().Name.Replace("Block", "").ToLowerInvariant();
        return text.Length > 60 ? $"{kind} “{text[..60]}…”" : $"{kind} “{text}”";
    }
}
