using Lede.Html;
using Lede.Pages;
using Lede.Extraction;

namespace Lede.Content;

/// <summary>
/// Stage 3: walks the story's container in reading order and turns it into blocks — paragraphs (also the
/// anonymous ones of text between blocks and &lt;br&gt;&lt;br&gt;), headings, lists, quotes, tables, code and
/// figures. Captions and removed parts never enter the text.
/// </summary>
internal sealed class CollectBlocks
{
    // Quotes and nested lists recurse; past this depth their content is flattened into text.
    private const int MaxStructureDepth = 24;

    private readonly ExtractionContext _context;
    private readonly PageDocument _page;
    private readonly InlineText _inline;
    private readonly Figures.FigureReader _figures;
    private readonly List<Figure> _figureBuffer = [];

    private CollectBlocks(ExtractionContext context)
    {
        _context = context;
        _page = context.Page;
        _inline = new InlineText(_page, context.Urls);
        _figures = new Figures.FigureReader(context);
    }

    public static void Run(ExtractionContext context)
    {
        var collector = new CollectBlocks(context);
        collector.Collect(context.Root, context.Blocks, 0);
    }

    /// <summary>Collects several containers' blocks, one after another in the order given (the cascade's page of paragraphs).</summary>
    public static void RunEach(ExtractionContext context, IEnumerable<int> containers)
    {
        var collector = new CollectBlocks(context);
        foreach (int container in containers) collector.Collect(container, context.Blocks, 0);
    }

    private bool IsRemoved(int element) => (_page.Flags[element] & NodeFlags.Removed) != 0;

    private void Collect(int container, List<DraftBlock> output, int depth)
    {
        var tree = _page.Tree;
        // Each frame: an element, the next child node to visit (-1: none left), the link it is in (-1: none) and its
        // inline style.
        var stack = new Stack<(int Element, int Next, int Link, InlineStyle Style)>();
        stack.Push((container, tree[_page.NodeOf(container)].FirstChild, -1, InlineStyle.None));
        int paragraphStart = container;
        while (stack.Count > 0)
        {
            var (element, next, link, style) = stack.Pop();
            if (next < 0)
            {
                if (TagKinds.IsBlock(_page, element)) Flush(output, ref paragraphStart, element);
                continue;
            }
            stack.Push((element, tree[next].NextSibling, link, style));
            ref readonly var node = ref tree[next];
            if (node.Kind == NodeKind.Text) { _inline.AppendText(tree.TextOf(next), link, style); continue; }
            if (node.Kind != NodeKind.Element) continue; // comments; a template's inert contents
            int number = _page.ElementAt(next), child = number;
            if (IsRemoved(number)) continue;
            if ((number & 0x3FF) == 0) _context.CancellationToken.ThrowIfCancellationRequested();

            var tag = _page.Tag[number];
            int level = TagKinds.HeadingLevel(tag);
            if (level > 0)
            {
                Flush(output, ref paragraphStart, child);
                AddHeading(output, number, level);
                continue;
            }
            switch (_page.NameOf(number)) // by name id: a switch over spellings hashes every tag
            {
                case KnownNames.Br:
                    _inline.LineBreak();
                    continue;
                case KnownNames.Hr:
                    Flush(output, ref paragraphStart, child);
                    continue;
                case KnownNames.Ul or KnownNames.Ol when depth < MaxStructureDepth:
                    Flush(output, ref paragraphStart, child);
                    AddList(output, number, depth);
                    continue;
                case KnownNames.Pre:
                    Flush(output, ref paragraphStart, child);
                    AddCode(output, number);
                    continue;
                case KnownNames.Blockquote when depth < MaxStructureDepth:
                    Flush(output, ref paragraphStart, child);
                    AddQuote(output, number, depth);
                    continue;
                case KnownNames.Table when TableReading.IsDataTable(_page, number):
                    Flush(output, ref paragraphStart, child);
                    AddTable(output, number);
                    continue;
                case KnownNames.Img or KnownNames.Picture when !_inline.IsEmpty && !Figures.DecorativeImages.IsPictureSized(_page, child):
                    continue; // an image inside a line of text (an icon, a counter) is not a figure of the story
                case KnownNames.Figure when !HoldsPicture(child):
                    // A <figure> may hold a code listing, a table or a quotation rather than a picture: read what it holds.
                    Flush(output, ref paragraphStart, child);
                    stack.Push((child, tree[next].FirstChild, link, style));
                    continue;
                case KnownNames.Figure or KnownNames.Img or KnownNames.Picture:
                    Flush(output, ref paragraphStart, child);
                    AddFigure(output, number);
                    continue;
                case KnownNames.Figcaption:
                    continue;
                case KnownNames.Div or KnownNames.P or KnownNames.Span or KnownNames.A or KnownNames.Section or KnownNames.Dl or KnownNames.Center
                    when Figures.FigureReader.IsCaptionBox(_page, number):
                    Flush(output, ref paragraphStart, child);
                    AddFigure(output, number);
                    continue;
            }
            if (TagKinds.IsBlock(_page, number)) Flush(output, ref paragraphStart, child);
            stack.Push((child, tree[next].FirstChild, tag == "a" ? child : link, style | InlineStyles.Of(tag)));
        }
        Flush(output, ref paragraphStart, container);
    }

    // Ends the anonymous paragraph gathered so far; text split by a blank line (<br><br>) makes several.
    private void Flush(List<DraftBlock> output, ref int paragraphStart, int at)
    {
        if (_inline.Length > 0)
        {
            var text = _inline.Take(out int linkChars);
            var anchors = _inline.TakeAnchors();
            int element = paragraphStart;
            foreach (var range in text.AsSpan().Split("\n\n"))
            {
                var (start, length) = Trimmed(text, range);
                if (length == 0) continue;
                var part = start == 0 && length == text.Length ? text : text.Substring(start, length); // one part: no copy
                int partLinks = (int)((long)linkChars * part.Length / Math.Max(1, text.Length));
                var block = new ParagraphBlock(part) { Inlines = _inline.Runs(start, length) };
                output.Add(new DraftBlock(block, element, part.Length, partLinks) { Anchors = anchors });
            }
        }
        _inline.TakeAnchors();
        paragraphStart = at;
    }

    // A stretch of the text, its blanks at either end left out.
    private static (int Start, int Length) Trimmed(string text, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(text.Length);
        while (length > 0 && char.IsWhiteSpace(text[start])) { start++; length--; }
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1])) length--;
        return (start, length);
    }

    private void AddHeading(List<DraftBlock> output, int number, int level)
    {
        _inline.AppendSubtree(number, skipLists: false, inLink: false);
        var text = _inline.Take(out int links).Replace('\n', ' ');
        var anchors = _inline.TakeAnchors();
        if (text.Length == 0) return;
        var heading = new HeadingBlock(level, text) { Inlines = InlineRuns.OnOneLine(_inline.Runs()) };
        output.Add(new DraftBlock(heading, number, text.Length, links) { Anchors = anchors });
    }

    private void AddCode(List<DraftBlock> output, int number)
    {
        var text = _page.TextContent(number).Trim('\n', '\r');
        if (text.Trim().Length == 0) return;
        output.Add(new DraftBlock(new CodeBlock(text) { Language = CodeLanguage.Of(_page, number) }, number, text.Length, 0));
    }

    private void AddQuote(List<DraftBlock> output, int number, int depth)
    {
        var inner = new List<DraftBlock>();
        Collect(number, inner, depth + 1);
        var blocks = inner.Select(b => b.Block).ToList();
        if (blocks.Count == 0) return;
        int text = inner.Sum(b => b.TextLength), links = inner.Sum(b => b.LinkLength);
        output.Add(new DraftBlock(new QuoteBlock(blocks), number, text, links));
    }

    private void AddList(List<DraftBlock> output, int number, int depth)
    {
        var (block, text, links) = ReadList(number, depth);
        var anchors = _inline.TakeAnchors();
        if (block.Items.Count > 0) output.Add(new DraftBlock(block, number, text, links) { Anchors = anchors });
    }

    private (ListBlock Block, int Text, int Links) ReadList(int list, int depth)
    {
        var items = new List<ListItem>();
        int text = 0, links = 0;
        foreach (int li in _page.ChildrenOf(list))
        {
            if (IsRemoved(li)) continue;
            _inline.AppendSubtree(li, skipLists: true, inLink: false);
            var itemText = _inline.Take(out int itemLinks);
            var itemRuns = _inline.Runs();
            var nested = new List<ListBlock>();
            if (depth + 1 < MaxStructureDepth)
            {
                foreach (int sub in NestedLists(li))
                {
                    if (IsRemoved(sub)) continue;
                    var (subBlock, subText, subLinks) = ReadList(sub, depth + 1);
                    if (subBlock.Items.Count == 0) continue;
                    nested.Add(subBlock);
                    text += subText;
                    links += subLinks;
                }
            }
            if (itemText.Length == 0 && nested.Count == 0) continue;
            items.Add(new ListItem(itemText, nested) { Inlines = itemRuns });
            text += itemText.Length;
            links += itemLinks;
        }
        return (new ListBlock(_page.Tag[list] == "ol", items), text, links);
    }

    private void AddTable(List<DraftBlock> output, int number)
    {
        var rows = new List<TableRow>();
        int text = 0, links = 0;
        foreach (int row in TableReading.Rows(_page, number))
        {
            var cells = new List<string>();
            var cellRuns = new List<IReadOnlyList<InlineRun>>();
            bool allHeader = true;
            foreach (int cell in _page.ChildrenOf(row))
            {
                if (_page.Tag[cell] is not ("td" or "th")) continue;
                allHeader &= _page.Tag[cell] == "th";
                _inline.AppendSubtree(cell, skipLists: false, inLink: false);
                var cellText = _inline.Take(out int cellLinks).Replace('\n', ' ');
                cells.Add(cellText);
                cellRuns.Add(InlineRuns.OnOneLine(_inline.Runs()));
                text += cellText.Length;
                links += cellLinks;
            }
            if (cells.Count > 0 && cells.Exists(c => c.Length > 0))
                rows.Add(new TableRow(cells, allHeader) { CellInlines = cellRuns.Exists(r => r.Count > 0) ? cellRuns : [] });
        }
        _inline.TakeAnchors();
        if (rows.Count > 0) output.Add(new DraftBlock(new TableBlock(rows), number, text, links));
    }

    private void AddFigure(List<DraftBlock> output, int number)
    {
        _figureBuffer.Clear();
        if ((_context.Options.Parts & PipelineParts.Figures) == 0) return; // measuring the body alone
        _figures.Read(number, _context.Root, _figureBuffer);
        foreach (var figure in _figureBuffer) output.Add(new DraftBlock(new FigureBlock(figure), number, 0, 0));
    }

    // What a <figure> holds when it is a picture's frame (any of these below it, whatever its namespace).
    private bool HoldsPicture(int figure)
    {
        for (int i = figure + 1; i < _page.SubtreeEnd[figure]; i++)
            if (_page.NameOf(i) is KnownNames.Img or KnownNames.Picture or KnownNames.Video or KnownNames.Svg or KnownNames.Iframe
                or KnownNames.Object or KnownNames.Embed or KnownNames.Canvas or KnownNames.Audio)
                return true;
        return false;
    }

    // Nested lists of a list item: the first ul/ol on each path down, not lists inside those, in document order.
    private IEnumerable<int> NestedLists(int item)
    {
        for (int i = item + 1; i < _page.SubtreeEnd[item]; i++)
        {
            if (_page.NameOf(i) is not (KnownNames.Ul or KnownNames.Ol)) continue;
            yield return i;
            i = _page.SubtreeEnd[i] - 1;
        }
    }
}
