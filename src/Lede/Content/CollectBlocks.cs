using AngleSharp.Dom;
using Lede.Pages;
using NodeFlags = Lede.Pages.NodeFlags; // until AngleSharp.Dom goes from this file

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
    private readonly Dictionary<IElement, int> _numbers;
    private readonly InlineText _inline;
    private readonly Figures.FigureReader _figures;
    private readonly List<Figure> _figureBuffer = [];

    private CollectBlocks(ExtractionContext context)
    {
        _context = context;
        _page = context.Page;
        _numbers = new Dictionary<IElement, int>(_page.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _page.Count; i++) _numbers[_page.Elements[i]] = i;
        _inline = new InlineText(_page, _numbers);
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

    private bool IsRemoved(IElement element, out int number)
        => _numbers.TryGetValue(element, out number) && (_page.Flags[number] & NodeFlags.Removed) != 0;

    private void Collect(int container, List<DraftBlock> output, int depth)
    {
        var root = _page.Elements[container];
        // Each frame: an element, the next child to visit, and the link it is in (if any).
        var stack = new Stack<(IElement Element, int Next, IElement? Link)>();
        stack.Push((root, 0, null));
        int paragraphStart = container;
        while (stack.Count > 0)
        {
            var (element, next, link) = stack.Pop();
            var children = element.ChildNodes;
            if (next >= children.Length)
            {
                if (TagKinds.IsBlock(element.LocalName)) Flush(output, ref paragraphStart, element);
                continue;
            }
            stack.Push((element, next + 1, link));
            var node = children[next];
            if (node is IText text) { _inline.AppendText(text.Data, link); continue; }
            if (node is not IElement child) continue;
            if (IsRemoved(child, out int number)) continue;
            if ((number & 0x3FF) == 0) _context.CancellationToken.ThrowIfCancellationRequested();

            var tag = child.LocalName;
            int level = TagKinds.HeadingLevel(tag);
            if (level > 0)
            {
                Flush(output, ref paragraphStart, child);
                AddHeading(output, child, number, level);
                continue;
            }
            switch (tag)
            {
                case "br":
                    _inline.LineBreak();
                    continue;
                case "hr":
                    Flush(output, ref paragraphStart, child);
                    continue;
                case "ul" or "ol" when depth < MaxStructureDepth:
                    Flush(output, ref paragraphStart, child);
                    AddList(output, child, number, depth);
                    continue;
                case "pre":
                    Flush(output, ref paragraphStart, child);
                    AddCode(output, child, number);
                    continue;
                case "blockquote" when depth < MaxStructureDepth:
                    Flush(output, ref paragraphStart, child);
                    AddQuote(output, number, depth);
                    continue;
                case "table" when TableReading.IsDataTable(_page, number):
                    Flush(output, ref paragraphStart, child);
                    AddTable(output, child, number);
                    continue;
                case "img" or "picture" when !_inline.IsEmpty && !Figures.DecorativeImages.IsPictureSized(_page, number):
                    continue; // an image inside a line of text (an icon, a counter) is not a figure of the story
                case "figure" when !HoldsPicture(child):
                    // A <figure> may hold a code listing, a table or a quotation rather than a picture: read what it holds.
                    Flush(output, ref paragraphStart, child);
                    stack.Push((child, 0, link));
                    continue;
                case "figure" or "img" or "picture":
                    Flush(output, ref paragraphStart, child);
                    AddFigure(output, number);
                    continue;
                case "figcaption":
                    continue;
                case "div" or "p" or "span" or "a" or "section" or "dl" or "center" when Figures.FigureReader.IsCaptionBox(_page, number):
                    Flush(output, ref paragraphStart, child);
                    AddFigure(output, number);
                    continue;
            }
            if (TagKinds.IsBlock(tag)) Flush(output, ref paragraphStart, child);
            stack.Push((child, 0, tag == "a" ? child : link));
        }
        Flush(output, ref paragraphStart, root);
    }

    // Ends the anonymous paragraph gathered so far; text split by a blank line (<br><br>) makes several.
    private void Flush(List<DraftBlock> output, ref int paragraphStart, IElement at)
    {
        if (_inline.Length > 0)
        {
            var text = _inline.Take(out int linkChars);
            var anchors = _inline.TakeAnchors();
            int element = paragraphStart;
            foreach (var part in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int partLinks = (int)((long)linkChars * part.Length / Math.Max(1, text.Length));
                output.Add(new DraftBlock(new ParagraphBlock(part), element, part.Length, partLinks) { Anchors = anchors });
            }
        }
        _inline.TakeAnchors();
        paragraphStart = _numbers.TryGetValue(at, out int n) ? n : paragraphStart;
    }

    private void AddHeading(List<DraftBlock> output, IElement element, int number, int level)
    {
        _inline.AppendSubtree(element, skipLists: false, inLink: false);
        var text = _inline.Take(out int links).Replace('\n', ' ');
        var anchors = _inline.TakeAnchors();
        if (text.Length > 0) output.Add(new DraftBlock(new HeadingBlock(level, text), number, text.Length, links) { Anchors = anchors });
    }

    private void AddCode(List<DraftBlock> output, IElement element, int number)
    {
        var text = element.TextContent.Trim('\n', '\r');
        if (text.Trim().Length > 0) output.Add(new DraftBlock(new CodeBlock(text), number, text.Length, 0));
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

    private void AddList(List<DraftBlock> output, IElement list, int number, int depth)
    {
        var (block, text, links) = ReadList(list, depth);
        var anchors = _inline.TakeAnchors();
        if (block.Items.Count > 0) output.Add(new DraftBlock(block, number, text, links) { Anchors = anchors });
    }

    private (ListBlock Block, int Text, int Links) ReadList(IElement list, int depth)
    {
        var items = new List<ListItem>();
        int text = 0, links = 0;
        foreach (var li in ChildElements(list))
        {
            if (IsRemoved(li, out _)) continue;
            _inline.AppendSubtree(li, skipLists: true, inLink: false);
            var itemText = _inline.Take(out int itemLinks);
            var nested = new List<ListBlock>();
            if (depth + 1 < MaxStructureDepth)
            {
                foreach (var sub in Descendants(li, "ul", "ol"))
                {
                    if (IsRemoved(sub, out _)) continue;
                    var (subBlock, subText, subLinks) = ReadList(sub, depth + 1);
                    if (subBlock.Items.Count == 0) continue;
                    nested.Add(subBlock);
                    text += subText;
                    links += subLinks;
                }
            }
            if (itemText.Length == 0 && nested.Count == 0) continue;
            items.Add(new ListItem(itemText, nested));
            text += itemText.Length;
            links += itemLinks;
        }
        return (new ListBlock(list.LocalName == "ol", items), text, links);
    }

    private void AddTable(List<DraftBlock> output, IElement table, int number)
    {
        var rows = new List<TableRow>();
        int text = 0, links = 0;
        foreach (var row in TableReading.Rows(table))
        {
            var cells = new List<string>();
            bool allHeader = true;
            foreach (var cell in ChildElements(row))
            {
                if (cell.LocalName is not ("td" or "th")) continue;
                allHeader &= cell.LocalName == "th";
                _inline.AppendSubtree(cell, skipLists: false, inLink: false);
                var cellText = _inline.Take(out int cellLinks).Replace('\n', ' ');
                cells.Add(cellText);
                text += cellText.Length;
                links += cellLinks;
            }
            if (cells.Count > 0 && cells.Exists(c => c.Length > 0)) rows.Add(new TableRow(cells, allHeader));
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

    private static bool HoldsPicture(IElement figure)
        => figure.QuerySelector("img, picture, video, svg, iframe, object, embed, canvas, audio") is not null;

    internal static IEnumerable<IElement> ChildElements(IElement element)
    {
        var children = element.ChildNodes;
        for (int i = 0; i < children.Length; i++)
            if (children[i] is IElement e) yield return e;
    }

    // Nested lists of a list item: the first ul/ol on each path down, not lists inside those.
    private static IEnumerable<IElement> Descendants(IElement root, string tagA, string tagB)
    {
        var stack = new Stack<IElement>();
        foreach (var c in ChildElements(root).Reverse()) stack.Push(c);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.LocalName == tagA || e.LocalName == tagB) { yield return e; continue; }
            foreach (var c in ChildElements(e).Reverse()) stack.Push(c);
        }
    }
}
